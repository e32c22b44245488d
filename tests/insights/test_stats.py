import pytest

from insights.stats import Rate, median, wilson


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        (0, 10, 0.0, 0.2775),
        (1, 10, 0.0179, 0.4042),
        (5, 10, 0.2366, 0.7634),
        (10, 10, 0.7225, 1.0),
        (3, 12, 0.0889, 0.5323),
        (81, 263, 0.2553, 0.3662),
    ],
)
def test_it_matches_published_wilson_intervals(successes, n, low, high):
    got_low, got_high = wilson(successes, n)
    assert got_low == pytest.approx(low, abs=5e-5)
    assert got_high == pytest.approx(high, abs=5e-5)


def test_it_says_nothing_is_known_without_a_sample():
    assert wilson(0, 0) == (0.0, 1.0)


def test_it_refuses_more_successes_than_tries():
    with pytest.raises(ValueError):
        wilson(4, 3)


def test_it_calls_a_rate_out_of_fewer_than_five_too_few_to_say():
    assert Rate(2, 4).too_few
    assert str(Rate(2, 4)) == "2 of 4 (too few to say)"
    assert not Rate(2, 5).too_few


def test_it_shows_a_rate_with_its_interval_and_sample_size():
    assert str(Rate(5, 10)) == "50% (24–76%, n=10)"
    assert Rate(5, 10).percent == 50
    assert Rate(0, 0).value is None


def test_it_takes_the_middle_value_or_the_mean_of_the_two_middle_ones():
    assert median([]) is None
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5
