"""Reading files and cells: no database involved."""

from datetime import date

import pytest

from applications.transfer import values
from applications.transfer.columns import guess_mapping, mapping_problems
from applications.transfer.sniff import MAX_UPLOAD_BYTES, TableError, read_table
from tests.transfer.conftest import make_xlsx


def test_it_reads_a_semicolon_german_file_with_a_bom(fixture_bytes):
    table = read_table(fixture_bytes("german_semicolon_bom.csv"), "bewerbungen.csv")
    assert table.delimiter == ";"
    assert table.encoding == "UTF-8 with BOM"
    assert table.headers[0] == "Firma"  # the BOM is not part of the first header
    assert table.rows[0][0] == "Müller & Söhne GmbH"
    assert table.row_numbers == [2, 3, 4, 5]


def test_it_reads_a_tab_separated_tracker_export(fixture_bytes):
    table = read_table(fixture_bytes("tracker_export.tsv"))
    assert table.delimiter == "\t"
    assert table.headers[:2] == ["Company Name", "Job Title"]
    assert len(table.rows) == 4


def test_it_follows_excels_sep_hint_line():
    table = read_table(b"sep=;\r\nCompany;Role;Notes\r\nAcme;Analyst;a, b\r\n")
    assert table.headers == ["Company", "Role", "Notes"]
    assert table.rows == [["Acme", "Analyst", "a, b"]]


def test_it_reads_windows_1252(fixture_bytes):
    table = read_table(fixture_bytes("windows1252.csv"))
    assert table.encoding == "Windows-1252"
    assert table.rows[0][0] == "Café Crème SARL"
    assert table.rows[0][4] == "Très intéressant – “top”"


def test_it_falls_back_to_latin_1_for_bytes_windows_1252_lacks():
    table = read_table("Company,Role\nA\x81b,Analyst\n".encode("latin-1"))
    assert table.encoding == "Latin-1"
    assert table.rows[0][0] == "A\x81b"


def test_it_keeps_quoted_commas_and_line_breaks(fixture_bytes):
    table = read_table(fixture_bytes("multiline_notes.csv"))
    assert table.rows[0][0] == "Acme, Inc."
    assert table.rows[0][4] == 'First line\nsecond line, with a comma\nand "quotes"'
    assert table.rows[1][1] == "Analyst, Marketing"
    # Spreadsheet rows, not text lines: the multi-line cells don't shift the numbers.
    assert table.row_numbers == [2, 3, 4]


def test_it_reads_utf16_as_excel_saves_unicode_text():
    data = "Company\tRole\nZürich AG\tAnalyst\n".encode("utf-16")
    table = read_table(data)
    assert table.rows == [["Zürich AG", "Analyst"]]


def test_it_reads_an_xlsx_with_date_cells_and_numbers():
    data = make_xlsx(
        [
            ["Company", "Role", "Salary", "Applied"],
            ["Acme", "Analyst", 70000, date(2026, 3, 14)],
            [None, None, None, None],
            ["Globex", "Scientist", 65000.0, "14.03.2026"],
        ]
    )
    table = read_table(data, "tracker.xlsx")
    assert table.kind == "xlsx"
    assert table.rows == [
        ["Acme", "Analyst", "70000", "2026-03-14"],
        ["Globex", "Scientist", "65000", "14.03.2026"],
    ]
    assert table.row_numbers == [2, 4]


def test_it_keeps_cells_beyond_the_header_under_a_made_up_name():
    table = read_table(b"Company,Role\nAcme,Analyst,remember this\n")
    assert table.headers == ["Company", "Role", "Column 3"]
    assert table.rows == [["Acme", "Analyst", "remember this"]]


@pytest.mark.parametrize(
    ("data", "name", "says"),
    [
        (b"", "a.csv", "empty"),
        (b"   \n\n", "a.csv", "empty"),
        (b"\x89PNG\r\n\x1a\nrest", "a.png", "isn't a table"),
        (b"%PDF-1.7 ...", "cv.pdf", "isn't a table"),
        (b"just one column\nvalue\n", "a.csv", "single column"),
        (b"Company,Role\n", "a.csv", "no rows"),
        (b"PK\x03\x04not really a zip", "a.xlsx", "can read"),
        (b"\xd0\xcf\x11\xe0old excel", "a.xls", ".xls"),
    ],
)
def test_it_refuses_what_isnt_a_table_in_plain_words(data, name, says):
    with pytest.raises(TableError, match=says):
        read_table(data, name)


def test_it_refuses_a_file_over_the_size_limit():
    with pytest.raises(TableError, match="limit"):
        read_table(b"a,b\n" + b"x,y\n" * (MAX_UPLOAD_BYTES // 4 + 1))


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Company", "Job Title", "Date Applied"], ["company", "role", "applied_on"]),
        (["FIRMA", "Stelle", "Beworben am", "Ort"], ["company", "role", "applied_on", "location"]),
        (
            ["Organisation", "Position", "Stage", "Compensation"],
            ["company", "role", "status", "salary"],
        ),
        (
            ["employer", "title", "channel", "URL", "Notes", "Contact"],
            ["company", "role", "source", "url", "notes", "contact"],
        ),
        (["Company", "Company", "Role"], ["company", None, "role"]),
        (["Company (name)", "Job title *", "Mood"], ["company", "role", None]),
    ],
)
def test_it_maps_headers_in_several_languages(headers, expected):
    assert guess_mapping(headers) == expected


def test_it_explains_a_mapping_without_company_or_role():
    problems = mapping_problems(["role", None])
    assert problems == [
        "No column holds the company. Choose which column it is, or add a “Company” column "
        "to the file."
    ]


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-03-14", "dmy", date(2026, 3, 14)),
        ("2026-03-14 00:00:00", "dmy", date(2026, 3, 14)),
        ("3/14/2026", "mdy", date(2026, 3, 14)),
        ("14.03.2026", "mdy", date(2026, 3, 14)),
        ("03/04/2026", "dmy", date(2026, 4, 3)),
        ("03/04/2026", "mdy", date(2026, 3, 4)),
        ("3/4/26", "mdy", date(2026, 3, 4)),
        ("46095", "dmy", date(2026, 3, 14)),
        ("14 March 2026", "dmy", date(2026, 3, 14)),
        ("Mar 14, 2026", "dmy", date(2026, 3, 14)),
        ("14. März 2026", "dmy", date(2026, 3, 14)),
        ("2026-13-45", "dmy", None),
        ("31/02/2026", "dmy", None),
        ("soon", "dmy", None),
        ("123", "dmy", None),
    ],
)
def test_it_reads_dates_in_many_forms(text, order, expected):
    assert values.parse_date(text, order) == expected


def test_it_settles_the_date_order_per_file():
    assert values.settle_date_order(["03/04/2026", "14/03/2026"], "mdy")[:2] == ("dmy", False)
    assert values.settle_date_order(["03/04/2026", "3/14/2026"], "dmy")[:2] == ("mdy", False)
    order, ambiguous, why = values.settle_date_order(["03/04/2026"], "dmy")
    assert (order, ambiguous) == ("dmy", True)
    assert "No date" in why


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("saved", "wishlist"),
        ("Draft", "wishlist"),
        ("interested", "wishlist"),
        ("APPLIED", "applied"),
        ("beworben", "applied"),
        ("screening", "screening"),
        ("Interview", "interviewing"),
        ("offer", "offer"),
        ("accepted", "accepted"),
        ("angenommen", "accepted"),
        ("rejected", "rejected"),
        ("Absage", "rejected"),
        ("declined", "rejected"),
        ("ghosted", "ghosted"),
        ("No response", "ghosted"),
        ("withdrawn", "withdrawn"),
        ("archived", "withdrawn"),
        ("expired", "ghosted"),
        ("Vorstellungsgespräch", "interviewing"),
        ("Schmoozing", None),
    ],
)
def test_it_maps_status_words_from_other_trackers(word, status):
    assert values.guess_status(word) == status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$70,000 + commission", (70000, 70000, "USD")),
        ("€65k–€75k", (65000, 75000, "EUR")),
        ("80.000 EUR", (80000, 80000, "EUR")),
        ("65-75k", (65000, 75000, "")),
        ("£40k", (40000, 40000, "GBP")),
        ("CHF 120 000", (120000, 120000, "CHF")),
        ("55.000–60.000 €", (55000, 60000, "EUR")),
        ("USD 90000 - 110000", (90000, 110000, "USD")),
        ("72,5k €", (72500, 72500, "EUR")),
    ],
)
def test_it_reads_salary_text(text, expected):
    salary = values.parse_salary(text)
    assert (salary.minimum, salary.maximum, salary.currency) == expected


@pytest.mark.parametrize("text", ["competitive", "$25/hour", "3000 € monatlich", "1, 2 or 3"])
def test_it_leaves_salary_it_cant_read_as_written(text):
    assert values.parse_salary(text) is None


@pytest.mark.parametrize("text", ["N/A", "n/a", "-", "—", "none", "NULL", "  ", "k.A."])
def test_it_treats_tracker_placeholders_as_empty(text):
    assert values.is_missing(text)


def test_it_does_not_treat_non_latin_names_as_empty():
    assert not values.is_missing("株式会社テスト")
