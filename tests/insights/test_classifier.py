"""The feedback theme classifier against the rules of reading in the theme contract."""

import re
import time
from pathlib import Path

import pytest

from insights.classifier import CLASSIFIER_VERSION, THEMES, Result, classify
from insights.classifier.evaluate import evaluate, load

DATA = Path(__file__).parent / "data"
SHARED_EXAMPLES = Path(__file__).resolve().parents[3] / "shared/spec/feedback-themes-examples.jsonl"

CONTRACT_IDS = {
    "technical_skills",
    "problem_solving",
    "experience_level",
    "domain_knowledge",
    "communication",
    "behavioral_examples",
    "leadership",
    "collaboration",
    "preparation",
    "motivation",
    "culture_fit",
    "application_materials",
    "confidence",
    "compensation",
    "competition",
    "position_change",
    "logistics",
}


def labels(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    r = classify(text)
    return r.weaknesses, r.strengths, r.external


# The rules' reading alone, before the second reader weighs it. The contract's own rules of
# reading (the first block of tests) hold for the whole classifier; the finer rules and the
# lexicon's families after them pin what the rules contribute, one short sentence at a time,
# which the second reader then weighs. The labelled sets measure the combination.
def rules_classify(text: str) -> Result:
    return classify(text, second_reading=False)


def rules_labels(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    r = rules_classify(text)
    return r.weaknesses, r.strengths, r.external


def test_it_exposes_exactly_the_contract_themes():
    assert set(THEMES) == CONTRACT_IDS
    assert {v["kind"] for v in THEMES.values()} == {"candidate", "external"}
    assert {k for k, v in THEMES.items() if v["kind"] == "external"} == {
        "competition",
        "position_change",
        "logistics",
    }
    assert all(v["label"] for v in THEMES.values())
    assert isinstance(CLASSIFIER_VERSION, str) and CLASSIFIER_VERSION


def test_it_returns_a_frozen_result_with_sorted_tuples():
    r = classify(
        "Your salary expectations are above what we budgeted, and we need someone "
        "on site in Berlin."
    )
    assert isinstance(r, Result)
    assert r.weaknesses == ("compensation",)
    assert r.external == ("logistics",)
    try:
        r.weaknesses = ()  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("Result must be frozen")
    for polarity in (r.weaknesses, r.strengths, r.external):
        assert list(polarity) == sorted(polarity)


def test_it_reads_praise_as_a_strength_not_a_weakness():
    assert labels("Your communication was excellent throughout the interview.") == (
        (),
        ("communication",),
        (),
    )
    w, s, _ = labels("Strong technical skills, but we need more leadership.")
    assert s == ("technical_skills",) and w == ("leadership",)


def test_it_ignores_a_negated_concern():
    assert labels("We had no concerns about your communication.") == ((), (), ())


def test_it_turns_a_denial_with_explicit_praise_into_a_strength():
    w, s, _ = labels("No reservations about your sector knowledge - among the strongest we saw.")
    assert s == ("domain_knowledge",) and w == ()


def test_it_names_nothing_for_a_bare_denial():
    assert labels("There were no concerns about your technical ability.") == ((), (), ())
    assert labels("I really don't think it was the money.") == ((), (), ())
    assert labels("Your salary expectations weren't an issue.") == ((), (), ())


def test_it_splits_polarity_across_a_contrast():
    w, s, _ = labels(
        "You clearly know Python well, but the system design round didn't go deep "
        "enough on scaling."
    )
    assert s == ("technical_skills",) and w == ("problem_solving",)


def test_it_reads_the_candidates_own_idioms():
    assert labels("I blanked on the SQL question.")[0] == ("technical_skills",)
    assert labels("I rambled.")[0] == ("communication",)
    assert labels("Honestly I think I didn't sell us on why you want to be here.")[0] == (
        "motivation",
    )


def test_it_reads_more_experience_as_a_shortcoming_not_competition():
    assert labels("We went with someone with more experience.") == (("experience_level",), (), ())
    assert labels("They went with someone more senior in the end.") == (
        ("experience_level",),
        (),
        (),
    )


def test_it_reads_another_candidate_as_competition():
    assert labels("We have identified a candidate who is a better fit for the team.") == (
        (),
        (),
        ("competition",),
    )
    assert labels("Another candidate's background aligned more closely.") == (
        (),
        (),
        ("competition",),
    )


def test_it_reads_an_internal_fill_as_a_position_change():
    assert labels("We've decided to fill the role internally.") == ((), (), ("position_change",))
    assert labels("The post is on hold after the budget got pulled.")[2] == ("position_change",)


def test_it_reads_fitting_salary_expectations_as_a_compensation_strength():
    assert labels("Your salary expectations sit well within our range.") == (
        (),
        ("compensation",),
        (),
    )


def test_it_never_reports_an_external_theme_as_a_strength():
    assert labels("Your availability suits us.") == ((), (), ())
    for text in (
        "Your availability suits us and the commute is fine.",
        "Great news that you can relocate; another candidate was chosen.",
    ):
        r = classify(text)
        assert not set(r.strengths) & {"competition", "position_change", "logistics"}


def test_it_counts_a_spoken_language_as_a_technical_skill():
    assert labels("Your French grammar isn't secure enough for the top sets.")[0] == (
        "technical_skills",
    )
    assert labels("Your Mandarin is excellent.")[1] == ("technical_skills",)


def test_it_counts_a_teachers_subject_knowledge_as_a_technical_skill():
    assert labels("Your subject knowledge looked a bit thin.")[0] == ("technical_skills",)


def test_it_reads_a_clinical_scenario_that_went_badly_as_problem_solving():
    w, _, _ = labels(
        "In the clinical scenario you did not escalate the deteriorating patient "
        "and your prioritisation was unclear."
    )
    assert w == ("problem_solving",)


def test_it_finds_several_themes_in_one_sentence():
    w, s, x = labels(
        "Your salary expectations are above what we budgeted, and we need someone "
        "on site in Berlin."
    )
    assert w == ("compensation",) and x == ("logistics",)
    w, _, _ = labels(
        "I didn't have any questions prepared and I hadn't read the job description, "
        "and my CV had a typo."
    )
    assert w == ("application_materials", "preparation")


def test_it_carries_a_negated_judgement_to_the_end_of_its_clause():
    assert rules_labels(
        "The panel didn't think your examples of leading change were strong enough for this grade."
    ) == (("leadership",), (), ())
    assert rules_labels(
        "We were not satisfied that you had a clear plan for how you would build a pipeline."
    )[0] == ("problem_solving",)


def test_it_reads_hedged_criticism_as_a_weakness():
    assert rules_labels("They said you were a little light on stakeholder management examples.")[
        0
    ] == ("collaboration",)
    assert rules_labels(
        "We'd have liked a bit more depth on how you would approach the first quarter."
    )[0] == ("problem_solving",)
    assert rules_labels("They felt you were a touch green for a head of department post.")[0] == (
        "experience_level",
    )


def test_it_reads_rivals_named_as_a_yardstick_as_the_candidates_shortcoming():
    assert rules_labels(
        "Your sector knowledge was not quite as deep as some of the other applicants."
    ) == (
        ("domain_knowledge",),
        (),
        (),
    )
    # A fellow candidate in a group task is not the one who was chosen.
    w, _, x = rules_labels("I let the other candidate in the group task do all the talking.")
    assert x == ()


def test_it_reads_praise_beside_a_rival_as_praise_of_the_rival():
    assert rules_labels(
        "Our chosen candidate has extensive experience of NHS commissioning, which was a key "
        "requirement."
    ) == (("experience_level",), (), ())


def test_it_lets_a_denial_rule_only_on_its_own_theme():
    w, s, _ = rules_labels(
        "Your knowledge of contract law was excellent and we had no doubts about your drafting."
    )
    assert s == ("technical_skills",) and w == ()
    assert rules_labels("It really wasn't about money - they just didn't think you'd stay.") == (
        ("motivation",),
        (),
        (),
    )
    assert rules_labels(
        "They had zero concerns about your skills, it's really about start date - they can't wait "
        "three months."
    ) == ((), (), ("logistics",))


def test_it_lets_examples_give_way_to_the_theme_they_exemplify():
    assert rules_labels(
        "We felt you did not show enough initiative in the examples you gave, often waiting "
        "for direction from others."
    )[0] == ("leadership",)


def test_it_reads_the_opening_before_a_parenthetical_however_as_what_the_turn_faults():
    assert rules_labels(
        "Your slides were polished. The analysis itself, however, did not add up."
    ) == (
        ("problem_solving",),
        ("communication",),
        (),
    )
    assert rules_labels("In the coding exercise, however, you never got past the first test.")[
        0
    ] == ("problem_solving",)


def test_it_lets_a_behavioural_question_give_way_to_the_theme_it_asks_about():
    assert rules_labels(
        "They asked about a time I had to resolve a conflict with a colleague and I froze."
    )[0] == ("collaboration",)
    assert rules_labels(
        "They asked me to tell them about a time I led a team through a busy winter and I had "
        "nothing to say."
    )[0] == ("leadership",)


def test_it_reads_the_employers_emphasis_as_a_description_not_praise():
    assert rules_labels(
        "We place a strong emphasis on teamwork here, and we felt your examples were mostly "
        "about working alone."
    ) == (("collaboration",), (), ())


def test_it_does_not_read_a_size_as_money():
    assert rules_labels(
        "Your experience running a 250,000 sq ft warehouse is exactly what we want."
    ) == (
        (),
        ("experience_level",),
        (),
    )


def test_it_reads_a_narrow_or_early_record_as_an_experience_shortcoming():
    for text in (
        "Your experience has been mostly in small start-ups and this is a global bank.",
        "You are a little earlier in your career than we were looking for.",
        "We had hoped for a minimum of five years in a similar post.",
        "The successful candidate had already run a regional team for five years.",
    ):
        assert rules_labels(text) == (("experience_level",), (), ()), text


def test_it_reads_the_person_the_role_needs_as_the_candidates_gap():
    assert rules_labels("We need someone who has already launched a product in Europe.")[0] == (
        "experience_level",
    )
    assert rules_labels("We need a planner who already knows the construction sector.")[0] == (
        "domain_knowledge",
    )


def test_it_reads_a_hedged_comparative_as_a_fault_despite_its_praise_word():
    assert rules_labels("Your answers could have been more concise.") == (
        ("communication",),
        (),
        (),
    )


def test_it_reads_informal_praise_and_a_mid_band_ask_as_strengths():
    assert rules_labels("Your subject knowledge is fab.") == ((), ("technical_skills",), ())
    assert rules_labels("Your salary expectations sit right in the middle of our band.") == (
        (),
        ("compensation",),
        (),
    )


def test_it_reads_what_a_cv_leaves_out_as_the_cvs_fault():
    assert rules_labels(
        "Your CV made no mention of your Python or your five years at the bank."
    ) == (
        ("application_materials",),
        (),
        (),
    )
    assert rules_labels("Your CV did not include your nursing registration.")[0] == (
        "application_materials",
    )


def test_it_reads_rivals_after_unlike_as_a_yardstick():
    assert rules_labels(
        "Unlike the other shortlisted candidates, you have not yet supervised students of your own."
    ) == (("leadership",), (), ())


def test_it_reads_an_obvious_omission_as_evidence_not_praise():
    assert rules_labels("It became clear you had not looked at our website.") == (
        ("preparation",),
        (),
        (),
    )


def test_it_reads_the_candidates_own_verdict_on_a_moment_as_a_fault():
    assert rules_labels(
        "Looking back, telling them I just escalate every disagreement with a stakeholder was "
        "not a great look."
    )[0] == ("collaboration",)


def test_it_reads_knowing_a_skill_cold_as_praise_of_the_skill():
    assert rules_labels("You know your SQL cold.") == ((), ("technical_skills",), ())
    assert rules_labels("I knew the Excel side cold but had not read the job description.") == (
        ("preparation",),
        ("technical_skills",),
        (),
    )


def test_it_reads_an_unrenewed_grant_and_the_employers_own_news_apart():
    assert rules_labels("We were told the grant that funds this post has not been renewed.") == (
        (),
        (),
        ("position_change",),
    )
    assert rules_labels(
        "Their recent acquisition of a rival came up and you had not heard of it."
    ) == (
        ("preparation",),
        (),
        (),
    )


def test_it_does_not_read_for_example_as_the_examples_topic():
    assert rules_labels(
        "Your grasp of tax was patchy - for example, you were unsure how VAT applies to exports."
    ) == (("technical_skills",), (), ())


def test_it_names_nothing_for_the_employers_own_outcomes_and_reflections():
    assert rules_labels("This decision is in no way a reflection on your interview.") == (
        (),
        (),
        (),
    )
    assert rules_labels("The role is on hold until we know the outcome of our funding round.") == (
        (),
        (),
        ("position_change",),
    )


def test_it_reads_a_quoted_why_question_as_motivation():
    assert rules_labels(
        "I didn't have a real answer to 'why corporate and not litigation', and it landed badly."
    )[0] == ("motivation",)


def test_it_reads_a_quoted_question_and_its_verdict_as_one_sentence():
    assert rules_labels("My answer to 'why nursing?' was vague and they noticed.") == (
        ("motivation",),
        (),
        (),
    )


def test_it_reads_fitting_into_a_small_team_as_culture_not_a_pitch():
    assert rules_labels(
        "We were not sure how you would fit into a small team where everyone has to pitch in."
    ) == (("culture_fit",), (), ())


def test_it_keeps_an_unmet_wish_unmet_with_a_word_in_between():
    assert rules_labels(
        "We would also have liked to hear more about the results you achieved."
    ) == (
        ("behavioral_examples",),
        (),
        (),
    )


def test_it_reads_knowledge_of_a_practice_as_a_skill_and_of_a_market_as_domain():
    assert rules_labels("Your knowledge of safeguarding is excellent.")[1] == ("technical_skills",)
    assert rules_labels("Your knowledge of our client base was limited.")[0] == (
        "domain_knowledge",
    )


def test_it_reads_doubt_that_the_role_would_keep_the_candidate_as_motivation():
    assert rules_labels("We weren't convinced the post would hold your interest for long.")[0] == (
        "motivation",
    )
    assert rules_labels("They felt you'd quickly get bored with the reporting side.")[0] == (
        "motivation",
    )
    assert rules_labels("Please let us know if you'd be happy to be kept on file.") == ((), (), ())


def test_it_reads_what_the_needed_person_has_done_before_as_experience():
    assert rules_labels("They need someone who has opened a new site before.")[0] == (
        "experience_level",
    )
    assert rules_labels("Your background is mostly in retail rather than wholesale.")[0] == (
        "experience_level",
    )
    assert rules_labels("Your experience is mostly relevant and we liked you.")[0] == ()


def test_it_reads_the_scale_and_own_part_of_an_example_as_behavioral():
    assert rules_labels("We didn't get a clear sense of the scale of the projects you ran.")[0] == (
        "behavioral_examples",
    )
    assert rules_labels("It was hard to tell what your own contribution to the launch was.")[0] == (
        "behavioral_examples",
    )


def test_it_reads_not_knowing_the_employers_business_and_lateness_as_preparation():
    assert rules_labels("They asked me about their main competitors and I drew a blank.")[0] == (
        "preparation",
    )
    assert rules_labels("I couldn't tell the difference between their two pricing plans.")[0] == (
        "preparation",
    )
    assert rules_labels("I turned up twenty minutes late.")[0] == ("preparation",)


def test_it_reads_dilemmas_and_planning_as_problem_solving():
    assert rules_labels("Your answer to the ethical dilemma lacked nuance.")[0] == (
        "problem_solving",
    )
    assert rules_labels("Your account planning was thin.")[0] == ("problem_solving",)


def test_it_reads_knowledge_of_a_skill_field_as_technical():
    assert rules_labels("Your cloud knowledge is not deep enough for this role.")[0] == (
        "technical_skills",
    )


def test_it_reads_a_different_world_as_domain_knowledge():
    assert rules_labels("Procurement is a whole different world for you.")[0] == (
        "domain_knowledge",
    )


def test_it_reads_bearing_tough_calls_and_working_alone_by_their_themes():
    assert rules_labels("You came across as a little too sure of yourself.")[0] == ("confidence",)
    assert rules_labels("We didn't see evidence of tough decisions in your examples.")[0] == (
        "leadership",
    )
    assert rules_labels("Your answers suggested a preference for working alone.")[0] == (
        "collaboration",
    )


def test_it_reads_delivery_style_and_an_uneasy_fit_by_their_themes():
    assert rules_labels("You read heavily from your slides.")[0] == ("communication",)
    assert rules_labels("You were talking too quickly.")[0] == ("communication",)
    assert rules_labels("His style would sit uneasily with our partners.")[0] == ("culture_fit",)
    assert rules_labels("We could not see from your application how you meet the criteria.")[0] == (
        "application_materials",
    )


def test_it_reads_where_the_candidate_would_rather_be_as_culture():
    assert rules_labels("They felt you'd be more at home in a larger agency.")[0] == (
        "culture_fit",
    )
    assert rules_labels("We think you might prefer the structure of a bigger company.")[0] == (
        "culture_fit",
    )


def test_it_reads_answers_that_stay_abstract_as_behavioral():
    assert rules_labels("Your answers tended to stay hypothetical.")[0] == ("behavioral_examples",)


def test_it_reads_unstructured_thinking_as_problem_solving():
    assert rules_labels("You didn't really structure your analysis.")[0] == ("problem_solving",)


def test_it_reads_growing_others_and_supporting_roles_as_leadership():
    assert rules_labels("We heard little about coaching juniors.")[0] == ("leadership",)
    assert rules_labels("Your experience was mostly supporting others' projects.")[0] == (
        "leadership",
    )


def test_it_reads_wandering_answers_as_communication():
    assert rules_labels("You went off on a long tangent about your degree.")[0] == (
        "communication",
    )
    assert rules_labels("You talked non-stop for the whole hour.")[0] == ("communication",)


def test_it_reads_clashing_with_colleagues_but_not_with_a_schedule_as_collaboration():
    assert rules_labels("He clashed often with colleagues.")[0] == ("collaboration",)
    assert rules_labels("She did not take feedback well.")[0] == ("collaboration",)
    assert rules_labels("The 7am starts would clash with your school run.") == (
        (),
        (),
        ("logistics",),
    )


def test_it_reads_a_bar_in_years_as_experience_but_not_a_residency_rule():
    assert rules_labels("They need at least five years in payroll.")[0] == ("experience_level",)
    assert rules_labels("The visa requires five years' residency.")[0] == ()


def test_it_reads_lack_of_interest_condescension_and_unknown_rivals_by_theme():
    assert rules_labels("The reporting side doesn't really interest you.")[0] == ("motivation",)
    assert rules_labels("The panel found you rather condescending.")[0] == ("confidence",)
    assert rules_labels("You couldn't name any of our competitors.")[0] == ("preparation",)
    assert rules_labels("You had never worked on the commercial side of the business.")[0] == (
        "domain_knowledge",
    )


def test_it_reads_a_failed_mark_and_wrong_wiring_as_technical():
    assert rules_labels("Your score on the numeracy paper fell below the pass mark.")[0] == (
        "technical_skills",
    )
    assert rules_labels("You wired the panel incorrectly.")[0] == ("technical_skills",)


def test_it_reads_an_exercise_worked_without_a_frame_as_problem_solving():
    assert rules_labels("You never got to the core of the problem in the case.")[0] == (
        "problem_solving",
    )
    assert rules_labels("You started coding without asking about the requirements.")[0] == (
        "problem_solving",
    )


def test_it_reads_a_bar_of_seasons_or_years_against_the_candidates_as_experience():
    assert rules_labels("They want someone with at least three harvest seasons.")[0] == (
        "experience_level",
    )
    assert rules_labels("They had ten years vs your three.")[0] == ("experience_level",)


def test_it_reads_apologising_and_looking_down_as_confidence():
    assert rules_labels("You came across as very apologetic.")[0] == ("confidence",)
    assert rules_labels("You kept looking down at the table.")[0] == ("confidence",)


def test_it_reads_gelling_stepping_up_and_taking_over_by_their_themes():
    assert rules_labels("We didn't think you'd gel with the partners.")[0] == ("culture_fit",)
    assert rules_labels("We didn't hear about you stepping up when things went wrong.")[0] == (
        "leadership",
    )
    assert rules_labels("You took over the whiteboard in the group task.")[0] == ("collaboration",)
    assert rules_labels("I answered a question they didn't ask.")[0] == ("communication",)


def test_it_reads_applying_everywhere_and_unseen_employer_pages_by_their_themes():
    assert rules_labels("I told them I was applying everywhere.")[0] == ("motivation",)
    assert rules_labels("I hadn't even looked at their website.")[0] == ("preparation",)
    assert rules_labels("The portfolio link was broken.")[0] == ("application_materials",)
    assert rules_labels("You've only ever worked in local government.")[0] == ("domain_knowledge",)


def test_it_keeps_technical_words_used_otherwise_out_of_the_weaknesses():
    assert rules_labels("Technically you're the strongest they've seen.")[1] == (
        "technical_skills",
    )
    assert rules_labels("We loved your passive design work.") == (
        (),
        ("technical_skills",),
        (),
    )
    assert rules_labels(
        "So technically nothing I could do, the visa won't be sorted till March."
    ) == (
        (),
        (),
        ("logistics",),
    )
    assert rules_labels("They won't pay for relocation to Perth.") == ((), (), ("logistics",))


def test_it_reads_ways_of_working_the_candidate_would_chafe_against_as_culture():
    assert rules_labels("We felt you would find our pace rather frustrating.")[0] == (
        "culture_fit",
    )
    assert rules_labels("We weren't sure you'd be comfortable with how slowly decisions get made.")[
        0
    ] == ("culture_fit",)


def test_it_reads_basic_errors_as_technical_unless_they_are_about_the_employer():
    assert rules_labels("Your report contained some basic errors in the load calculations.")[0] == (
        "technical_skills",
    )
    assert (
        "technical_skills"
        not in rules_labels("Your presentation had serious errors about our company.")[0]
    )


def test_it_reads_not_knowing_the_role_or_its_readers_as_preparation_or_domain():
    assert rules_labels("I only realised in the lobby that it was a sales role.")[0] == (
        "preparation",
    )
    assert rules_labels("I hadn't watched their latest trailer.")[0] == ("preparation",)
    assert rules_labels("You didn't seem to know who actually reads our magazine.")[0] == (
        "domain_knowledge",
    )


def test_it_reads_unclear_achievements_and_differing_dates_as_material_faults():
    assert rules_labels("It was hard to see what you actually achieved in the role.")[0] == (
        "behavioral_examples",
    )
    assert rules_labels("My CV and my profile had different dates for my last role.")[0] == (
        "application_materials",
    )


def test_it_reads_warmth_for_something_else_and_a_short_stay_as_motivation():
    assert rules_labels("You spoke far more warmly about consulting than about this job.")[0] == (
        "motivation",
    )
    assert rules_labels("I said I'd stay for a year or two and then see.")[0] == ("motivation",)


def test_it_reads_old_clashes_and_refusing_feedback_as_collaboration():
    assert (
        "collaboration"
        in rules_labels("Your reference said you used to clash with the kitchen team.")[0]
    )
    assert rules_labels("I told them I don't really need feedback.")[0] == ("collaboration",)


def test_it_reads_untested_work_crumbling_fillers_and_a_top_of_band_by_theme():
    assert rules_labels("I never actually tested the formula before sending it.")[0] == (
        "problem_solving",
    )
    assert rules_labels("I just crumbled in front of the panel.")[0] == ("confidence",)
    assert rules_labels("You kept saying 'you know' in every answer.")[0] == ("communication",)
    assert rules_labels("They said 48 is the top of the band.")[0] == ("compensation",)


def test_it_reads_negations_written_without_the_apostrophe():
    assert rules_labels("i answered a question they didnt ask")[0] == ("communication",)
    assert rules_labels("we didnt think your sql was strong")[0] == ("technical_skills",)
    assert rules_labels("your python wasnt strong enough")[0] == ("technical_skills",)
    assert rules_labels("The client was great and we went ahead.") == ((), (), ())


def test_it_reads_reasons_for_leaving_and_perks_asked_first_as_motivation():
    assert rules_labels("Your reasons for leaving were not convincing.")[0] == ("motivation",)
    assert rules_labels("I asked about holidays in the first ten minutes.")[0] == ("motivation",)
    assert rules_labels("I said I would take any job going.")[0] == ("motivation",)


def test_it_reads_a_live_question_answered_with_a_shrug_as_problem_solving():
    assert rules_labels("They asked me how I'd grow their newsletter and I just said 'post more'.")[
        0
    ] == ("problem_solving",)


def test_it_reads_forgetting_to_ask_student_examples_and_jokes_by_their_themes():
    assert rules_labels("I forgot to ask any questions at the end.")[0] == ("preparation",)
    assert rules_labels("Your examples were all from university.")[0] == ("experience_level",)
    assert rules_labels("I cracked a joke about the CEO and nobody laughed.")[0] == ("culture_fit",)
    assert "communication" in rules_labels("You talked over the other panel members.")[0]
    assert rules_labels("You weren't able to relate it to our customers' needs.")[0] == (
        "domain_knowledge",
    )


def test_it_reads_a_first_person_knowledge_slip_as_technical():
    assert "technical_skills" in rules_labels("I know this stuff! Nerves.")[0]
    assert rules_labels("I knew it once, honestly.")[0] == ("technical_skills",)
    assert rules_labels("I mixed up the two sorting algorithms.")[0] == ("technical_skills",)
    assert rules_labels("I got the retro and the review mixed up.")[0] == ("technical_skills",)
    assert "technical_skills" not in rules_labels("I mixed up the dates of the interview.")[0]


def test_it_reads_pursuing_other_candidates_as_a_form_letter_unless_they_are_compared():
    assert rules_labels("We have decided to pursue other candidates for this role.") == ((), (), ())
    assert rules_labels(
        "Unfortunately we've decided to go with other candidates for this role."
    ) == (
        (),
        (),
        ("competition",),
    )


def test_it_reads_going_it_alone_jumping_to_a_fix_and_counted_fillers_by_theme():
    assert rules_labels("You changed the figure without checking it with the team.")[0] == (
        "collaboration",
    )
    assert rules_labels("I went straight to replacing the part instead of running a diagnosis.")[
        0
    ] == ("problem_solving",)
    assert rules_labels("I skipped the bit where you ask what the customer needs.")[0] == (
        "problem_solving",
    )
    assert rules_labels("I said 'um' about fifty times.")[0] == ("communication",)


def test_it_reads_plain_verdict_words_for_a_middling_performance_as_faults():
    for verdict in ("hit and miss", "mediocre", "a bit dated", "lacklustre", "rudimentary"):
        assert rules_labels(f"Your SQL was {verdict}.")[0] == ("technical_skills",)
    assert rules_labels("Your SQL was well above average.") == ((), (), ())


def test_it_reads_plain_theme_nouns_but_not_a_pair_programming_culture():
    assert rules_labels("Your programming was weak.")[0] == ("technical_skills",)
    assert rules_labels("Your lab technique was sloppy.")[0] == ("technical_skills",)
    assert rules_labels("Your written French had errors.")[0] == ("technical_skills",)
    assert rules_labels("Your passion was obvious.")[1] == ("motivation",)
    assert rules_labels("Your poise was impressive.")[1] == ("confidence",)
    assert (
        "technical_skills"
        not in rules_labels("We felt you would struggle within our pair-programming culture.")[0]
    )


def test_it_reads_more_ways_of_saying_something_fell_short_as_faults():
    for verdict in (
        "was your weakest area",
        "held you back",
        "could use some work",
        "needs brushing up",
        "is a work in progress",
        "left something to be desired",
    ):
        assert rules_labels(f"Your SQL {verdict}.")[0] == ("technical_skills",)
    assert rules_labels("I came unstuck on the SQL.")[0] == ("technical_skills",)
    assert rules_labels("You went above and beyond with your SQL.") == (
        (),
        ("technical_skills",),
        (),
    )


def test_it_reads_everyday_verdicts_for_nerves_interest_lead_stage_and_pay():
    assert rules_labels("I was shaking the whole time.")[0] == ("confidence",)
    assert rules_labels("They felt I was just using this as a stepping stone.")[0] == (
        "motivation",
    )
    assert rules_labels("You didn't seem that bothered about the role.")[0] == ("motivation",)
    assert rules_labels("We didn't see you taking the lead.")[0] == ("leadership",)
    assert rules_labels("You took the lead brilliantly in the group task.")[1] == ("leadership",)
    assert rules_labels("They wanted someone further along.")[0] == ("experience_level",)
    assert rules_labels("I priced myself out.")[0] == ("compensation",)


def test_it_lets_a_bare_denial_rule_out_the_fault_phrase_it_introduces():
    assert rules_labels("No concerns about whether you'd be happy in the role.") == ((), (), ())
    assert rules_labels("You were confident without being too sure of yourself.")[0] == ()
    assert rules_labels("We had concerns about whether you'd be happy in the role.")[0] == (
        "motivation",
    )


def test_it_reads_thriving_somewhere_like_us_as_no_fault():
    assert rules_labels("You would clearly thrive in a fast-paced agency like ours.")[0] == ()


def test_it_names_no_theme_in_a_generic_rejection():
    for text in (
        "Thank you for your interest. We will not be moving forward with your application.",
        "We have decided not to move forward at this time.",
        "Dear Applicant, we regret that we will not be taking your candidacy further.",
        "",
        "   ",
    ):
        assert rules_labels(text) == ((), (), ()), text


def test_it_gives_evidence_that_is_a_substring_of_the_input():
    text = (
        "We were impressed by your communication; ultimately another candidate's "
        "background aligned more closely."
    )
    r = rules_classify(text)
    assert set(r.evidence) == {"communication", "competition"}
    for theme, phrase in r.evidence.items():
        assert phrase and phrase in text, theme
    for theme, polarity, phrase in r.mentions:
        assert theme in THEMES and polarity in {"weakness", "strength", "external"}
        assert phrase in text


def test_it_keeps_evidence_a_substring_with_curly_quotes_and_dashes():
    text = "Your CV didn\u2019t show results \u2014 and you hadn\u2019t read the job spec."
    r = rules_classify(text)
    assert r.weaknesses
    assert all(p in text for p in r.evidence.values())


def test_it_is_deterministic():
    rows = load(DATA / "themes_train.jsonl")
    first = [classify(r["text"]) for r in rows]
    second = [classify(r["text"]) for r in rows]
    assert first == second


def test_it_classifies_quickly_relative_to_a_regex_floor():
    # Absolute speed is measured by bench/classifier_speed.py (>= 2,000 texts/s);
    # here the ratio to one regex pass keeps the test stable on a slow CI box.
    texts = [r["text"] for r in load(DATA / "themes_train.jsonl")]
    texts = (texts * (2000 // len(texts) + 1))[:2000]
    floor_re = re.compile(r"\b(?:salary|cv|experience|candidate)\b")

    def run(fn) -> float:
        # CPU time of this process, best of three: a busy machine slows both alike.
        t0 = time.process_time()
        for t in texts:
            fn(t)
        return time.process_time() - t0

    floor = ours = float("inf")
    for _ in range(3):
        floor = min(floor, run(lambda t: floor_re.findall(t.lower())))
        ours = min(ours, run(classify))
    # The floor runs at several hundred thousand texts/s of CPU time; the
    # classifier, at under 400x its cost, stays well above 2,000 texts/s.
    assert ours / floor < 400, f"classifier is {ours / floor:.0f}x the regex floor"


# Sets the classifier was never tuned or fitted on (docs/insights.md says how each was
# written and when it was scored). Floors sit just under what the classifier scores on each,
# so a regression fails here; they are not the product target. Columns: texts, weakness
# micro-F1 floor, most praise read as a weakness.
UNSEEN = {
    "themes_heldout.jsonl": (120, 0.925, 1),
    "themes_blind2.jsonl": (150, 0.850, 0),
    "themes_blind4.jsonl": (120, 0.775, 1),
    "themes_blind5.jsonl": (150, 0.885, 1),
    "themes_blind6.jsonl": (200, 0.860, 1),
    "themes_blind7.jsonl": (150, 0.905, 0),
    "themes_blind8.jsonl": (200, 0.930, 3),
    "themes_blind9.jsonl": (200, 0.870, 1),
    "themes_blind10.jsonl": (200, 0.855, 2),
    "themes_blind11.jsonl": (200, 0.880, 2),
    "themes_blind12.jsonl": (200, 0.860, 4),
    "themes_blind13.jsonl": (200, 0.845, 0),
    "themes_blind14.jsonl": (200, 0.890, 2),
    "themes_blind15a.jsonl": (100, 0.915, 1),
    "themes_blind15b.jsonl": (100, 0.865, 0),
    "themes_blind16a.jsonl": (100, 0.885, 1),
    "themes_blind16b.jsonl": (100, 0.895, 0),
    "themes_blind17a.jsonl": (100, 0.855, 1),
    "themes_blind17b.jsonl": (100, 0.875, 1),
}


@pytest.mark.parametrize("name", UNSEEN)
def test_it_meets_the_quality_gate_on_each_unseen_set(name):
    texts, floor, praise_as_weakness = UNSEEN[name]
    report = evaluate(load(DATA / name))
    assert report.texts == texts
    assert report.scores["weakness"].f1 >= floor, report.scores["weakness"]
    assert report.strength_as_weakness <= praise_as_weakness


def test_it_meets_the_quality_gate_on_the_unseen_sets_pooled():
    total = {"tp": 0, "fp": 0, "fn": 0}
    praise_as_weakness = generic_with_a_theme = 0
    for name in UNSEEN:
        rows = load(DATA / name)
        report = evaluate(rows)
        for k in total:
            total[k] += getattr(report.scores["weakness"], k)
        praise_as_weakness += report.strength_as_weakness
        generic_with_a_theme += sum(
            1
            for r in rows
            if not (r["weaknesses"] or r["strengths"] or r["external"]) and any(labels(r["text"]))
        )
    pooled = 2 * total["tp"] / (2 * total["tp"] + total["fp"] + total["fn"])
    assert pooled >= 0.875, (pooled, total)
    assert praise_as_weakness <= 21  # of 2,890 texts
    assert generic_with_a_theme <= 13  # of 321 generic texts


def test_it_keeps_praise_out_of_the_weaknesses_on_every_labelled_set():
    for path in (
        DATA / "themes_train.jsonl",
        DATA / "themes_train2.jsonl",
        DATA / "themes_heldout.jsonl",
        DATA / "themes_blind2.jsonl",
        DATA / "themes_blind3.jsonl",
        DATA / "themes_blind4.jsonl",
        DATA / "themes_train3a.jsonl",
        DATA / "themes_train3b.jsonl",
        DATA / "themes_train3c.jsonl",
        DATA / "themes_blind5.jsonl",
    ):
        assert evaluate(load(path)).strength_as_weakness <= 2, path


def test_it_names_no_theme_for_the_generic_texts_in_the_labelled_sets():
    paths = [
        DATA / "themes_train.jsonl",
        DATA / "themes_train2.jsonl",
        DATA / "themes_heldout.jsonl",
        DATA / "themes_blind2.jsonl",
        DATA / "themes_blind3.jsonl",
        DATA / "themes_train3a.jsonl",
        DATA / "themes_train3b.jsonl",
        DATA / "themes_train3c.jsonl",
        DATA / "themes_blind5.jsonl",
    ]
    if SHARED_EXAMPLES.exists():
        paths.append(SHARED_EXAMPLES)
    generic = [
        r
        for p in paths
        for r in load(p)
        if not (r["weaknesses"] or r["strengths"] or r["external"])
    ]
    assert len(generic) >= 15
    noisy = [r["id"] for r in generic if any(labels(r["text"]))]
    assert noisy == []


# rules-1.4: rules of reading.


def test_it_lets_an_exercise_faulted_first_take_the_skill_words_that_follow():
    text = (
        "In the pricing exercise you rushed into the numbers without checking your assumptions, "
        "and the margin was wrong."
    )
    assert rules_labels(text)[0] == ("problem_solving",)
    # A named tool is still the skill, whatever exercise it was shown in.
    assert (
        "technical_skills"
        in rules_labels(
            "The live exercise was where it went wrong: your Python had basic errors throughout."
        )[0]
    )


def test_it_lets_a_theme_named_only_as_the_object_of_another_fault_give_way():
    assert rules_labels("You hadn't looked into our products before the day.")[0] == (
        "preparation",
    )
    assert rules_labels("You didn't seem excited about the retail sector at all.")[0] == (
        "motivation",
    )
    assert rules_labels("You were a little timid with the senior stakeholders.")[0] == (
        "confidence",
    )
    assert rules_labels("You might find our pace frustrating after years in a big consultancy.")[
        0
    ] == ("culture_fit",)
    assert rules_labels("Your CV did not make clear the dates of your previous roles.")[0] == (
        "application_materials",
    )


def test_it_lets_an_exercise_named_as_the_setting_give_way_to_what_went_wrong():
    assert rules_labels("In the client role-play you rambled and the client lost track.")[0] == (
        "communication",
    )
    assert rules_labels("In the scenario exercise you waited to be told what to do.")[0] == (
        "leadership",
    )


def test_it_reads_hours_and_sites_that_describe_a_way_of_working_as_no_logistics():
    r = rules_classify(
        "We felt your views on remote working and long hours did not align with our culture."
    )
    assert r.weaknesses == ("culture_fit",)
    assert r.external == ()
    assert rules_classify("The role needs you on site five days a week.").external == ("logistics",)


def test_it_reads_outcomes_missing_from_a_cv_as_the_cvs_fault():
    assert rules_labels(
        "Your CV reads like a list of duties, with nothing about what you achieved."
    )[0] == ("application_materials",)
    assert rules_labels("Your answers had no results in them at all.")[0] == (
        "behavioral_examples",
    )


def test_it_reads_answers_about_a_subject_that_stayed_general_as_missing_examples():
    assert rules_labels("Your answers on safeguarding lacked detail and gave no real example.")[
        0
    ] == ("behavioral_examples",)


def test_it_reads_experience_of_a_named_skill_as_that_skill():
    assert rules_labels("We were looking for a stronger background in Kubernetes.")[0] == (
        "technical_skills",
    )


def test_it_reads_a_software_market_as_a_market_not_a_skill():
    assert rules_labels("You didn't know much about the accounting software market.")[0] == (
        "domain_knowledge",
    )


def test_it_keeps_a_fault_joined_on_with_and_that_you_apart_from_the_examples():
    assert rules_labels("Your answers lacked real examples and that you seemed rather nervous.")[
        0
    ] == (
        "behavioral_examples",
        "confidence",
    )


def test_it_reads_finalists_and_a_better_suited_rival_as_competition():
    assert rules_labels("We had three strong finalists and went with the other.")[2] == (
        "competition",
    )
    assert rules_labels("They found someone better suited, I'm afraid.")[2] == ("competition",)
    assert rules_labels("You were our second choice and we had nothing negative to say.")[2] == (
        "competition",
    )
    r = rules_classify(
        "Another finalist fit the brief a little better, though your sales record was great."
    )
    assert r.external == ("competition",)
    assert "experience_level" not in r.weaknesses


# rules-1.4: families of paraphrase.


def test_it_reads_clashing_with_colleagues_in_any_tense():
    assert rules_labels("Your referee said you can clash with colleagues under pressure.")[0] == (
        "collaboration",
    )


def test_it_reads_the_pace_of_a_place_and_where_you_do_your_best_work_as_culture():
    assert rules_labels(
        "We wondered whether the slower pace of a small charity would frustrate you."
    )[0] == ("culture_fit",)
    assert rules_labels("You told us you do your best work alone with no interruptions.")[0] == (
        "culture_fit",
    )
    assert rules_labels("We don't think it would be a happy match for either of us.")[0] == (
        "culture_fit",
    )
    assert rules_labels("Your style might not suit how the team operates.")[0] == ("culture_fit",)


def test_it_reads_everyday_words_for_nerves():
    assert rules_labels("I was so jittery I could barely hold the pen.")[0] == ("confidence",)
    assert rules_labels("You spoke to the table for most of the interview.")[0] == ("confidence",)
    assert rules_labels("They said I came across as a bit under-confident.")[0] == ("confidence",)
    assert rules_labels("You qualified every answer so heavily we weren't sure you meant it.")[
        0
    ] == ("confidence",)


def test_it_reads_brushing_off_a_challenge_as_collaboration():
    assert rules_labels("You were dismissive when the designer questioned your plan.")[0] == (
        "collaboration",
    )
    assert rules_labels("You seemed dismissive of the finance team's concerns.")[0] == (
        "collaboration",
    )
    assert rules_labels("I had a few run-ins with the night staff at my last job.")[0] == (
        "collaboration",
    )


def test_it_reads_saying_too_much_as_communication():
    assert rules_labels("I over-talked every answer.")[0] == ("communication",)


def test_it_reads_skimming_the_pre_read_and_asking_nothing_as_preparation():
    assert rules_labels("I only skimmed the pre-read on the bus.")[0] == ("preparation",)
    assert rules_labels("You didn't ask a single question about the team.")[0] == ("preparation",)
    assert rules_labels("You weren't aware of our recent acquisition.")[0] == ("preparation",)


def test_it_reads_time_still_needed_in_a_role_as_experience():
    assert rules_labels("You need more time as a team lead first.")[0] == ("experience_level",)
    assert rules_labels("You have about half the years the role asks for.")[0] == (
        "experience_level",
    )


def test_it_reads_security_clearance_as_logistics():
    assert rules_labels("The post needs SC clearance, which you can't get in time.")[2] == (
        "logistics",
    )


def test_it_reads_a_role_filled_by_a_colleague_as_a_position_change():
    assert rules_labels("The job has been filled by a colleague from our finance team.")[2] == (
        "position_change",
    )


def test_it_reads_a_motive_that_is_only_the_money_as_motivation():
    assert rules_labels("You said you applied because it pays well.")[0] == ("motivation",)
    assert rules_labels("You kept asking about the bonus scheme and not about the work.")[0] == (
        "motivation",
    )


def test_it_reads_a_required_qualification_still_in_progress_as_a_skill_gap():
    text = "The post requires a completed accountancy qualification and you are still early in it."
    assert rules_labels(text)[0] == ("technical_skills",)


def test_it_reads_a_market_still_new_to_you_and_how_its_buyers_decide_as_domain():
    assert rules_labels("You're newer to that world than we need.")[0] == ("domain_knowledge",)
    assert rules_labels("You weren't familiar with how hospital buyers make their decisions.")[
        0
    ] == ("domain_knowledge",)
    assert rules_labels("You didn't know how local councils are funded.")[0] == (
        "domain_knowledge",
    )


def test_it_does_not_read_money_that_is_not_pay_as_compensation():
    assert (
        "compensation" not in rules_labels("I couldn't explain how a marketplace makes money.")[0]
    )
    assert "compensation" not in rules_labels("They need someone who will own the budget.")[0]
    assert "compensation" not in rules_labels("I had nothing to say about the rate rises.")[0]


def test_it_reads_not_one_of_us_and_not_seeing_eye_to_eye_as_culture():
    assert rules_labels("Lovely person, just not one of us.")[0] == ("culture_fit",)
    assert rules_labels("We don't see eye to eye on how a team should run.")[0] == ("culture_fit",)
    assert rules_labels("You'd be happier somewhere with more structure.")[0] == ("culture_fit",)


def test_it_reads_code_that_would_not_run_and_repeated_mix_ups_as_technical():
    assert rules_labels("I couldn't get the recursion working in time.")[0] == ("technical_skills",)
    assert rules_labels("I kept mixing up the past tenses in German.")[0] == ("technical_skills",)
    assert rules_labels("I was asked to demo a reflex test and did the wrong one.")[0] == (
        "technical_skills",
    )


def test_it_reads_recycled_stories_and_no_numbers_as_weak_examples():
    assert rules_labels("I used the same example for two different questions.")[0] == (
        "behavioral_examples",
    )
    assert rules_labels("None of my stories had numbers.")[0] == ("behavioral_examples",)


def test_it_reads_having_no_questions_when_invited_as_preparation():
    assert rules_labels("When we invited questions, you had none.")[0] == ("preparation",)


def test_it_reads_english_as_a_language_skill():
    assert rules_labels("My English was not good enough for the client calls.")[0] == (
        "technical_skills",
    )


def test_it_reads_a_band_with_a_stated_top_as_compensation():
    assert rules_labels("You're asking 60 and their band stops at 48.")[0] == ("compensation",)


def test_it_reads_answers_that_could_apply_anywhere_as_a_fault():
    assert rules_labels("Your cover letter could have been sent to any firm.")[0] == (
        "application_materials",
    )


def test_it_reads_doubts_that_you_would_be_content_as_motivation():
    assert rules_labels("We weren't sure you'd be happy in a role with so much admin.")[0] == (
        "motivation",
    )
    assert rules_labels("They thought you'd be frustrated by the amount of paperwork.")[0] == (
        "motivation",
    )
    assert rules_labels("They thought you'd be frustrated by the bureaucracy here.")[0] == (
        "culture_fit",
    )


def test_it_does_not_read_job_titles_or_other_peoples_engagement_as_themes():
    assert rules_labels("The Communications Officer post will not be filled this year.")[0] == ()
    assert rules_labels("We don't give feedback at CV stage.") == ((), (), ())


def test_it_reads_a_praised_theme_named_again_beside_another_fault_as_the_setting():
    text = (
        "Your stories were vivid and well told. What we missed was any sign of you leading "
        "people or owning a project's outcome."
    )
    r = rules_classify(text)
    assert r.strengths == ("behavioral_examples",)
    assert r.weaknesses == ("leadership",)


def test_it_reads_the_craft_of_a_taught_lesson_as_problem_solving():
    assert rules_labels("Your behaviour management was too soft when the group got loud.")[0] == (
        "problem_solving",
    )
    assert rules_labels("Your demo lesson was pitched too high for the group.")[0] == (
        "problem_solving",
    )


def test_it_does_not_read_pressure_as_the_setting_of_something_else_as_confidence():
    assert "confidence" not in rules_labels("My SQL fell apart under pressure in the live test.")[0]
    assert rules_labels("You stayed calm under pressure throughout.")[1] == ("confidence",)


def test_it_reads_specific_detailed_and_quantified_examples_as_praise():
    assert rules_labels("Your examples were specific and well quantified.")[1] == (
        "behavioral_examples",
    )
    assert rules_labels("Your examples lacked specific outcomes.")[0] == ("behavioral_examples",)


def test_it_reads_skills_named_by_their_field_and_explaining_yourself():
    assert rules_labels("Your electrical skills are clearly strong.")[1] == ("technical_skills",)
    assert rules_labels("You explain yourself very well.")[1] == ("communication",)


def test_it_reads_a_subject_whose_answers_stayed_theoretical_as_missing_examples():
    text = "We hesitated over classroom management: your answers stayed theoretical throughout."
    assert rules_labels(text)[0] == ("behavioral_examples",)


def test_it_reads_a_shift_or_site_that_only_sets_another_fault_as_no_logistics():
    r = rules_classify("We felt you lacked the confidence to run a night shift on your own.")
    assert r.weaknesses == ("confidence",)
    assert r.external == ()
    r = rules_classify(
        "You haven't held a forklift licence and they need someone on site by Monday."
    )
    assert "logistics" in r.external


def test_it_reads_unclear_reasoning_in_an_exercise_as_problem_solving_not_delivery():
    assert rules_labels(
        "In the case study your logic was hard to follow and the answer was wrong."
    )[0] == ("problem_solving",)
    r = rules_classify("Your presentation of the case study was full of jargon and hard to follow.")
    assert "communication" in r.weaknesses


# rules-1.5: rules of reading.
def test_it_reads_test_scores_and_credentials_as_technical_skills():
    assert rules_labels("Her aptitude test scores were among the highest we have seen.")[1] == (
        "technical_skills",
    )
    assert rules_labels("Sadly your result fell short of the pass mark for the next stage.")[0] == (
        "technical_skills",
    )
    assert rules_labels("The site needs someone who holds a valid CPCS card.")[0] == (
        "technical_skills",
    )
    # A rate card, a credit card or big-ticket work is no credential.
    r = rules_classify("Their rate card for new starters is fixed, so my salary ask was too high.")
    assert r.weaknesses == ("compensation",)


def test_it_reads_a_belief_about_something_else_as_no_confidence_fault():
    r = rules_classify("They weren't confident the daily commute from Leeds would be sustainable.")
    assert r.weaknesses == () and r.external == ("logistics",)
    assert rules_labels("You didn't come across as confident in front of the panel.")[0] == (
        "confidence",
    )


def test_it_reads_an_employer_favouring_candidates_with_a_skill_as_the_skills_gap():
    r = rules_classify("We have chosen to prioritise applicants who are fluent in Portuguese.")
    assert r.weaknesses == ("technical_skills",) and r.strengths == ()
    assert rules_labels("The client wanted 8 years in structural engineering and you have 3.")[
        0
    ] == ("experience_level",)
    # Wanting to say something is not a requirement.
    r = rules_classify("We want you to know your enthusiasm for the brand was appreciated.")
    assert r.weaknesses == () and r.strengths == ("motivation",)


def test_it_reads_a_rival_who_had_led_people_as_a_leadership_gap():
    r = rules_classify("In the end the other finalist had managed a team of twelve.")
    assert r.weaknesses == ("leadership",) and r.external == ()
    r = rules_classify("Another applicant was simply a closer match to the brief.")
    assert r.weaknesses == () and r.external == ("competition",)


def test_it_reads_experience_of_leading_people_as_leadership_not_experience():
    r = rules_classify("You were unable to show experience of leading a team of porters.")
    assert r.weaknesses == ("leadership",)
    r = rules_classify("We need more experience of managing a retail budget.")
    assert r.weaknesses == ("experience_level",)


def test_it_reads_a_skill_that_names_the_exercise_as_problem_solving():
    r = rules_classify(
        "Your financial modelling exercise was unfinished and the assumptions unstated."
    )
    assert r.weaknesses == ("problem_solving",)
    assert rules_labels("Your financial modelling was weak.")[0] == ("technical_skills",)


def test_it_reads_a_stated_work_style_preference_as_culture_fit():
    text = (
        "We need someone at ease working with very little structure; you said you prefer "
        "close supervision and set routines."
    )
    assert rules_labels(text)[0] == ("culture_fit",)
    assert rules_labels("You prefer remote work, which we cannot offer.")[0] == ()


# rules-1.5: families of paraphrase.
def test_it_reads_the_size_of_the_field_as_competition_but_not_ats_boilerplate():
    assert rules_labels("We had a very talented pool of applicants this year.")[2] == (
        "competition",
    )
    assert rules_labels("Shortlisting was extremely competitive this time.")[2] == ("competition",)
    assert rules_labels("Only shortlisted candidates will be contacted.") == ((), (), ())


def test_it_reads_a_brief_not_read_or_no_questions_asked_as_preparation():
    assert rules_labels("It was obvious the brief had not been read properly.")[0] == (
        "preparation",
    )
    assert rules_labels("You never asked the panel a single question.")[0] == ("preparation",)
    assert rules_labels("I had misunderstood the job description completely.")[0] == (
        "preparation",
    )


def test_it_reads_what_the_candidate_knew_about_the_employers_world_as_domain_knowledge():
    assert rules_labels("I knew very little about their patients or their region.")[0] == (
        "domain_knowledge",
    )
    assert rules_labels("You lacked familiarity with the insurance products we sell.")[0] == (
        "domain_knowledge",
    )
    assert rules_labels("Your grasp of the structure of local government was excellent.")[1] == (
        "domain_knowledge",
    )


def test_it_reads_enthusiasm_for_an_activity_as_motivation_not_the_activity():
    r = rules_classify(
        "Your passion for nursing shone through, but your drug calculations were patchy."
    )
    assert r.strengths == ("motivation",) and r.weaknesses == ("technical_skills",)


def test_it_reads_not_wanting_the_job_or_ambitions_elsewhere_as_motivation():
    assert rules_labels("She came across as not really wanting the role.")[0] == ("motivation",)
    assert rules_labels("This post would not match your long-term ambitions.")[0] == ("motivation",)
    assert rules_labels("You clearly want this role and it showed.")[0] == ()


def test_it_reads_a_role_closed_or_not_filled_as_a_position_change():
    assert rules_labels("The vacancy with us has now been closed.")[2] == ("position_change",)
    assert rules_labels("We have decided not to fill the Junior Buyer position.")[2] == (
        "position_change",
    )
    # Shortlisting closing is not the role closing.
    assert rules_labels("Our selection process for the vacancy has now closed.")[2] == ()


def test_it_reads_a_move_not_yet_made_as_logistics():
    assert rules_labels("Your planned relocation to Cardiff is some months away.")[2] == (
        "logistics",
    )
    assert rules_labels("You couldn't start until late March.")[2] == ("logistics",)


def test_it_reads_what_the_role_involves_understood_or_not_as_preparation():
    text = "You did not seem to have a clear idea of what the job of a care coordinator involves."
    assert rules_labels(text)[0] == ("preparation",)


def test_it_reads_ownership_of_outcomes_as_leadership_and_doubt_by_comparison_as_fault():
    assert rules_labels("There was little sign of you taking ownership of outcomes.")[0] == (
        "leadership",
    )
    assert rules_labels("We were less convinced by your answers on mentoring.")[0] == (
        "leadership",
    )
    assert rules_labels("We admired the way you took ownership of results.")[1] == ("leadership",)


def test_it_reads_a_search_paused_or_a_temp_kept_on_as_a_position_change():
    assert rules_labels("We have decided to pause this search until the spring.")[2] == (
        "position_change",
    )
    r = rules_classify("Sadly we are no longer in a position to recruit to the Porter post.")
    assert r.external == ("position_change",) and r.weaknesses == ()
    assert rules_labels("They kept on the locum who has been covering the post.")[2] == (
        "position_change",
    )


def test_it_reads_a_skill_named_after_a_shortfall_of_experience_as_the_skill():
    r = rules_classify("You had little exposure to Salesforce, which the team uses daily.")
    assert r.weaknesses == ("technical_skills",)
    r = rules_classify("Your CV did not show sufficient experience in contract management.")
    assert r.weaknesses == ("experience_level",)


def test_it_reads_why_one_applied_and_long_term_goals_as_motivation():
    r = rules_classify("You were unable to articulate why you had applied for a charity role.")
    assert r.weaknesses == ("motivation",)
    assert rules_labels("Your long-term goals did not align with this post.")[0] == ("motivation",)
    assert rules_labels("You articulated your reasons clearly and well.")[0] == ()


def test_it_reads_the_employers_keenness_and_floors_as_requirements():
    r = rules_classify("They were keen to find someone fluent in Polish, and your Polish is basic.")
    assert r.weaknesses == ("technical_skills",) and r.strengths == ()
    assert rules_labels("The post requires at least two years of ward experience.")[0] == (
        "experience_level",
    )
    assert rules_labels("You were clearly keen on the role.")[1] == ("motivation",)


def test_it_reads_a_claim_of_expertise_as_no_praise_and_commending_as_praise():
    r = rules_classify("I claimed I was an expert in SQL and then couldn't write a join.")
    assert r.strengths == () and r.weaknesses == ("technical_skills",)
    assert rules_labels("We commend your preparation for the interview.")[1] == ("preparation",)


def test_it_reads_homework_done_as_preparation_and_homework_wished_for_as_its_lack():
    assert rules_labels("You had done your homework on our clients.")[1] == ("preparation",)
    r = rules_classify("I should have done my homework before the call.")
    assert r.strengths == ()


def test_it_reads_regulation_and_chartered_status_by_the_contract():
    assert rules_labels("Your grasp of food safety regulation was limited.")[0] == (
        "domain_knowledge",
    )
    r = rules_classify("We appointed a candidate with chartered status, which the post requires.")
    assert r.weaknesses == ("technical_skills",) and r.external == ()
    assert rules_labels("Your answers lacked technical detail.")[0] == ("technical_skills",)


def test_it_reads_time_in_the_trade_and_places_not_worked_in_as_experience():
    r = rules_classify("You have only been in the industry for a year.")
    assert r.weaknesses == ("experience_level",)
    assert rules_labels("You haven't yet worked in a multinational company.")[0] == (
        "experience_level",
    )


def test_it_reads_too_quiet_for_the_place_as_culture_and_talking_over_as_communication():
    r = rules_classify("Lovely person, but too quiet for the team on a loud trading floor.")
    assert r.weaknesses == ("culture_fit",)
    assert rules_labels("It was hard to get a word in during the interview.")[0] == (
        "communication",
    )
    assert rules_labels("Your answers didn't always address what was asked.")[0] == (
        "communication",
    )


def test_it_reads_not_separating_ones_own_part_as_missing_examples():
    text = "I couldn't really separate out my own contribution from the team's."
    assert rules_labels(text)[0] == ("behavioral_examples",)


def test_it_reads_motivating_or_keeping_a_team_in_line_as_leadership():
    assert rules_labels("You may find it hard to motivate a large team of drivers.")[0] == (
        "leadership",
    )
    assert rules_labels("We doubted you could keep a crew of 20 in line.")[0] == ("leadership",)
    # The employer's own leadership team is not the candidate's leadership.
    r = rules_classify("Our leadership team is reviewing the plan, so we have paused this search.")
    assert r.weaknesses == () and r.external == ("position_change",)


def test_it_reads_the_longest_phrase_of_a_theme_not_its_first_word():
    text = "You had too little experience of working in a heavily regulated banking environment."
    assert rules_labels(text)[0] == ("experience_level",)
    assert rules_labels("Your technical knowledge of fire regulations was first rate.")[1] == (
        "technical_skills",
    )


def test_it_reads_figures_screenings_and_roadmaps_as_no_theme():
    r = rules_classify("I presented the Q3 results and ran well over the ten minutes allowed.")
    assert "behavioral_examples" not in r.weaknesses
    assert rules_labels("You did not pass the background screening, so we cannot proceed.")[0] == ()
    r = rules_classify("We've paused hiring while our product roadmap is reviewed.")
    assert r.weaknesses == () and r.external == ("position_change",)


def test_it_reads_more_experience_of_leading_people_as_leadership_only():
    r = rules_classify("You need more experience of leading a team of engineers first.")
    assert r.weaknesses == ("leadership",)
    r = rules_classify("You need more experience of running a P&L of this size.")
    assert "experience_level" in r.weaknesses


def test_it_reads_room_to_grow_and_work_still_needed_as_a_fault():
    assert rules_labels("Your Excel needs some work before you could do this job.")[0] == (
        "technical_skills",
    )
    assert rules_labels("There is room to grow on the leadership front.")[0] == ("leadership",)
    assert rules_labels("Stakeholder management is an area you could develop.")[0] == (
        "collaboration",
    )
    assert rules_labels("Your presentation could have been a lot tighter.")[0] == ("communication",)
    assert rules_labels("Your background is lighter than we'd like for a lead post.")[0] == (
        "experience_level",
    )


def test_it_reads_doubt_and_flags_denied_as_no_theme():
    assert rules_labels("We never doubted your motivation.") == ((), (), ())
    assert rules_labels("There were no red flags on culture.") == ((), (), ())
    assert rules_labels("You seemed to doubt yourself.")[0] == ("confidence",)


def test_it_reads_answers_that_ran_long_or_buried_in_jargon_as_communication():
    r = rules_classify("Your examples were brilliant, though you ran a bit long.")
    assert r.weaknesses == ("communication",) and r.strengths == ("behavioral_examples",)
    assert rules_labels("You used a lot of jargon.")[0] == ("communication",)
    assert rules_labels("Your answers lacked focus.")[0] == ("communication",)
    assert rules_labels("You didn't answer the questions that were asked.")[0] == ("communication",)


def test_it_reads_everyday_phrases_for_the_harder_themes():
    assert rules_labels("You're a year or two away from this level.")[0] == ("experience_level",)
    assert rules_labels("We didn't hear how things turned out in the end.")[0] == (
        "behavioral_examples",
    )
    assert rules_labels("You seemed to clash with the interviewer.")[0] == ("collaboration",)
    # A schedule that clashes is logistics, not a clash with people.
    assert rules_labels("The 7am starts would clash with your school run.")[0] == ()
    assert rules_labels("You didn't know much about the role when we asked.")[0] == ("preparation",)
    assert rules_labels("We felt you'd leave as soon as something better came up.")[0] == (
        "motivation",
    )
    assert rules_labels("We felt you'd find our structure too rigid.")[0] == ("culture_fit",)
    assert rules_labels("You seemed to prefer a more corporate setting.")[0] == ("culture_fit",)
    assert rules_labels("Your CV doesn't explain the gap in your employment.")[0] == (
        "application_materials",
    )
    assert rules_labels("There were typos in your cover letter.")[0] == ("application_materials",)
    assert rules_labels("You were a little quiet in the group discussion.")[0] == ("confidence",)
    # Quiet said of the team is the team's style.
    assert "confidence" not in rules_labels("The team is very quiet and you are quite loud.")[0]


def test_it_reads_experience_named_by_a_skill_as_the_skill():
    r = rules_classify("The post needs hands-on Kubernetes experience, which you do not yet have.")
    assert r.weaknesses == ("technical_skills",)
    assert rules_labels("You lacked relevant experience for a post at this level.")[0] == (
        "experience_level",
    )


def test_it_reads_an_occasion_not_described_as_missing_examples():
    text = "You could not describe a time when you had resolved a complaint from start to finish."
    assert rules_labels(text)[0] == ("behavioral_examples",)
    assert rules_labels("You described a time when you resolved a complaint really well.")[0] == ()


def test_it_reads_a_cv_sentence_that_faults_the_cv_as_the_cv():
    text = "My CV let me down: it read like a job description."
    assert rules_labels(text)[0] == ("application_materials",)
    r = rules_classify("Your CV looked great, but you didn't know the job description at all.")
    assert r.weaknesses == ("preparation",) and r.strengths == ("application_materials",)


def test_it_reads_knowing_your_stuff_and_craft_management_skills_as_skills():
    r = rules_classify("You clearly know your stuff, but we need someone who can start next week.")
    assert r.strengths == ("technical_skills",) and r.external == ("logistics",)
    assert rules_labels("Your project management skills were solid.")[1] == ("technical_skills",)
    assert rules_labels("They felt you were not quite ready to run a team of that size.")[0] == (
        "leadership",
    )


def test_it_reads_a_cv_clause_worded_badly_as_the_cv_not_speech():
    assert rules_labels("Your CV is a bit of a wall of text.")[0] == ("application_materials",)
    assert "communication" in rules_labels("You rambled badly, though your CV was tidy.")[0]


def test_it_reads_not_able_to_give_clear_answers_as_a_fault_not_boilerplate():
    r = rules_classify("You were not able to give clear answers on the Java questions.")
    assert r.strengths == () and "technical_skills" in r.weaknesses
    assert rules_labels("We are not able to give individual feedback.") == ((), (), ())


def test_it_reads_plain_verdicts_from_notes_and_recruiters():
    assert rules_labels("I think they picked up that I wasn't that into it.")[0] == ("motivation",)
    assert rules_labels("I bottled the presentation completely.")[0] == ("confidence",)
    assert rules_labels("Solid technically; lost marks on the behavioural side.") == (
        ("behavioral_examples",),
        ("technical_skills",),
        (),
    )
    assert rules_labels("The jump from agency to in-house might be a culture shock.")[0] == (
        "culture_fit",
    )
    assert rules_labels("Do apply again once you have your chartership.")[0] == (
        "technical_skills",
    )
    assert rules_labels("Your profile is not matching with the requirement of 8+ years.")[0] == (
        "experience_level",
    )
    assert rules_labels("We can't do four-day weeks for this role.")[2] == ("logistics",)
    assert rules_labels("You'd be managing managers here, and you haven't done that yet.")[0] == (
        "leadership",
    )
    # "needs polish" is no language.
    assert rules_labels("Your pitch needs polish.")[0] != ("technical_skills",)


def test_it_reads_the_role_described_and_courtesies_as_no_verdict():
    text = (
        "Thank you for applying for the Developer role, which requires strong Python skills. "
        "We will not be taking your application further."
    )
    assert rules_labels(text) == ((), (), ())
    assert rules_labels(
        "We are keen to keep your CV on file for future roles that match your skills."
    ) == (
        (),
        (),
        (),
    )
    assert rules_labels("Thank you for your interest in our mission.") == ((), (), ())
    assert rules_labels("Please don't take this as a reflection on your abilities.") == ((), (), ())
    # The candidate's own interest, praised, is still motivation.
    assert rules_labels("Your interest in our mission really stood out.")[1] == ("motivation",)


def test_it_reads_a_short_turn_with_no_subject_as_faulting_the_theme_before_it():
    r = rules_classify("Your knowledge of payroll was good, albeit a bit dated.")
    assert r.weaknesses == ("technical_skills",) and r.strengths == ("technical_skills",)
    r = rules_classify("Your SQL was solid but not fast enough.")
    assert "technical_skills" in r.weaknesses
    # A turn with a subject of its own says something new.
    r = rules_classify("Your Python was excellent, but we went with someone else.")
    assert r.weaknesses == () and r.strengths == ("technical_skills",)


def test_it_reads_praise_by_litotes_and_doubt_denied_by_anyone():
    assert rules_labels("Your preparation could not be faulted.")[1] == ("preparation",)
    assert rules_labels("You did not disappoint on the technical side.")[1] == ("technical_skills",)
    r = rules_classify("Nobody doubted your commitment, but the daily commute is not realistic.")
    assert r.weaknesses == () and r.external == ("logistics",)


def test_it_reads_another_question_answered_and_a_lead_not_taken():
    assert rules_labels("You answered a different question more than once.")[0] == (
        "communication",
    )
    text = "It would have been good to see you take more of a lead in the group exercise."
    assert rules_labels(text)[0] == ("leadership",)


def test_it_reads_regional_idioms_and_more_languages():
    assert rules_labels("They wanted someone with more runs on the board in aged care.")[0] == (
        "experience_level",
    )
    assert rules_labels("I didn't have enough Irish for the role.")[0] == ("technical_skills",)
    assert rules_labels("Told them I work best alone; wrong answer for a pairing shop.")[0] == (
        "culture_fit",
    )
    assert rules_labels("They felt you'd struggle to push back on senior partners.")[0] == (
        "confidence",
    )
    assert rules_labels("Your answers were a bit surface level on data modelling.")[0] == (
        "technical_skills",
    )


def test_it_reads_stories_that_lacked_ownership_as_leadership_not_examples():
    assert rules_labels("I didn't show enough ownership in my stories.")[0] == ("leadership",)
    assert rules_labels("My stories were vague and had no numbers.")[0] == ("behavioral_examples",)


def test_it_reads_local_customers_known_and_a_colleague_acting_up():
    r = rules_classify("The manager liked how well you know the local customers.")
    assert r.strengths == ("domain_knowledge",)
    r = rules_classify("We have appointed a colleague who has been acting up into the role.")
    assert r.external == ("position_change",)


def test_it_reads_contracted_negations_written_out_in_new_families():
    assert rules_labels("You didn't really want the job, and it showed.")[0] == ("motivation",)
    assert rules_labels("Your profile doesn't match the requirement of five years.")[0] == (
        "experience_level",
    )
    assert rules_labels("There wasn't a single number in your answers.")[0] == (
        "behavioral_examples",
    )


def test_it_reads_fresh_wording_for_communication_and_confidence():
    assert rules_labels("We found your responses a little disjointed.")[0] == ("communication",)
    text = "At times it was hard to follow what you were getting at."
    assert rules_labels(text)[0] == ("communication",)
    assert rules_labels("You spoke over the interviewer several times.")[0] == ("communication",)
    assert rules_labels("You were rather apologetic about your experience.")[0] == ("confidence",)
    # The employer's apology is not the candidate's manner.
    assert rules_labels("They were really apologetic that the role was cut.")[0] == ()


def test_it_reads_fresh_wording_for_collaboration_and_problem_solving():
    assert rules_labels("You seemed unwilling to compromise in the group task.")[0] == (
        "collaboration",
    )
    assert rules_labels("You did not involve the quieter members of the group.")[0] == (
        "collaboration",
    )
    assert rules_labels("You had not thought through the risks in your plan.")[0] == (
        "problem_solving",
    )
    assert rules_labels("Your prioritisation in the in-tray was off.")[0] == ("problem_solving",)


def test_it_reads_fresh_wording_for_motivation_culture_and_leadership():
    assert rules_labels("You asked questions that were answered on our website.")[0] == (
        "preparation",
    )
    assert rules_labels("You said you were mainly looking for a change of scene.")[0] == (
        "motivation",
    )
    text = "Your approach felt more suited to a large corporate than a small charity."
    assert rules_labels(text)[0] == ("culture_fit",)
    assert rules_labels("Some comments suggested different values to ours.")[0] == ("culture_fit",)
    assert rules_labels("You have been an individual contributor for most of your career.")[0] == (
        "leadership",
    )
    assert rules_labels("You haven't yet had responsibility for a team.")[0] == ("leadership",)


def test_it_reads_old_examples_and_the_situation_without_the_action_as_examples():
    assert rules_labels("Your examples were all from years ago.")[0] == ("behavioral_examples",)
    text = "You described the situation at length but not what you did."
    assert rules_labels(text)[0] == ("behavioral_examples",)


def test_it_reads_a_recommendation_never_made_and_answers_in_a_fields_words():
    text = "You hedged between three options and never committed to one."
    assert rules_labels(text)[0] == ("problem_solving",)
    assert rules_labels("You were clearly committed to the charity.")[1] == ("motivation",)
    assert rules_labels("Your clinical answers were bang on.")[1] == ("technical_skills",)
    assert rules_labels("Your answers on budgeting were all theory and no practice.")[0] == (
        "behavioral_examples",
    )


def test_it_reads_dev_style_phrasing_for_several_themes():
    assert rules_labels("I spent the whole interview on the back foot.")[0] == ("confidence",)
    assert rules_labels("Every follow-up question threw me.")[0] == ("confidence",)
    text = "Your answers about why this firm were interchangeable with any other firm's."
    assert rules_labels(text)[0] == ("motivation",)
    r = rules_classify("The role has since been absorbed into the regional team.")
    assert r.external == ("position_change",)
    text = "You missed two red flags in the file that a trainee would catch."
    assert rules_labels(text)[0] == ("problem_solving",)
    assert rules_labels("They said I'd be great in two or three years.")[0] == ("experience_level",)
    text = "We need our new hire to be confident presenting to the board, which you avoid."
    assert rules_labels(text) == (("confidence",), (), ())


# rules-1.6: generic letters name nothing, praise stays praise.


def test_it_reads_a_decision_that_does_not_reflect_on_the_candidate_as_a_bare_denial():
    assert rules_labels("This decision does not reflect on your qualifications.") == ((), (), ())
    text = "The decision does not reflect on your skills, but your SQL was weak."
    assert rules_labels(text) == (("technical_skills",), (), ())


def test_it_reads_not_that_it_was_in_question_as_a_denial():
    assert rules_labels("Not that your teamwork was in question.") == ((), (), ())
    text = "Not that your teamwork was in question - everyone enjoyed working with you."
    assert rules_labels(text) == ((), ("collaboration",), ())


def test_it_reads_what_to_work_on_as_a_weakness_however_it_is_worded():
    text = "The only area for development is keeping your answers concise."
    assert rules_labels(text) == (("communication",), (), ())
    text = "One area to work on would be your knowledge of our market."
    assert rules_labels(text)[0] == ("domain_knowledge",)
    assert rules_labels("Your answers could have used more concrete examples.")[0] == (
        "behavioral_examples",
    )


def test_it_names_nothing_in_assessment_and_record_keeping_boilerplate():
    text = (
        "Having reviewed your application against the person specification, we regret we "
        "cannot take it further."
    )
    assert rules_labels(text) == ((), (), ())
    text = "We will retain your CV for six months in line with our data policy."
    assert rules_labels(text) == ((), (), ())
    text = "Your application did not address the person specification."
    assert rules_labels(text)[0] == ("application_materials",)
    assert rules_labels("Your CV was excellent.")[1] == ("application_materials",)


def test_it_reads_less_experienced_than_as_experience_beside_praise():
    text = "Strong technically, just less experienced than the person we hired."
    assert rules_labels(text) == (("experience_level",), ("technical_skills",), ())
    assert rules_labels("We went with a more experienced candidate.") == (
        ("experience_level",),
        (),
        (),
    )


def test_it_reads_exercises_named_by_what_they_asked():
    assert rules_labels("The pricing exercise didn't quite come together.")[0] == (
        "problem_solving",
    )
    text = "Your knowledge of the retail market was impressive, but the pricing exercise fell flat."
    assert rules_labels(text) == (("problem_solving",), ("domain_knowledge",), ())


def test_it_reads_edge_cases_breaking_down_a_case_and_scripted_questions_by_their_clause():
    text = "Your take-home was excellent: a thoughtful approach to edge cases."
    assert rules_labels(text) == ((), ("problem_solving",), ())
    assert rules_labels("You missed the edge cases.")[0] == ("problem_solving",)
    assert rules_labels("You broke down the business case logically.")[0] == ()
    assert rules_labels("I broke down in the interview.")[0] == ("confidence",)
    assert rules_labels("Panel of four, eight scripted questions, scored.") == ((), (), ())
    assert rules_labels("Your answers sounded scripted.")[0] == ("communication",)


def test_it_names_nothing_for_a_role_described_in_a_form_letter():
    text = (
        "Thank you for applying. The role requires strong Excel skills and attention to "
        "detail. Unfortunately we will not be progressing your application."
    )
    assert rules_labels(text) == ((), (), ())
    text = (
        "Thanks for your interest. Our ideal candidate will be a warm, patient presence with "
        "the children. Unfortunately we will not be taking your application further."
    )
    assert rules_labels(text) == ((), (), ())
    text = (
        "Thank you for applying. The successful candidate will be expected to manage a team "
        "of six. We regret your application was unsuccessful."
    )
    assert rules_labels(text) == ((), (), ())


def test_it_still_reads_a_requirement_said_of_the_candidate():
    text = "Thank you for applying. The role requires strong Excel skills and yours were basic."
    assert rules_labels(text)[0] == ("technical_skills",)
    text = (
        "Your knowledge of safeguarding is excellent. Sadly we require a minimum of two years' "
        "post-qualification experience."
    )
    assert rules_labels(text) == (("experience_level",), ("technical_skills",), ())
    assert rules_labels("We need someone who can start in January.")[2] == ("logistics",)


def test_it_names_no_rival_still_to_be_seen_or_written_to():
    assert rules_labels("We have other candidates to see this week and will be in touch.") == (
        (),
        (),
        (),
    )
    assert rules_labels("We are only contacting shortlisted candidates with feedback.") == (
        (),
        (),
        (),
    )
    assert rules_labels("We have offered the role to another candidate.")[2] == ("competition",)
    text = "We have decided to proceed with candidates whose profiles better align with the role."
    assert rules_labels(text)[2] == ("competition",)


def test_it_names_no_constraint_for_a_shift_thanked_for_or_someone_elses_travel():
    assert rules_labels("Thanks for coming along to the trial shift on Saturday.") == ((), (), ())
    text = "The hiring manager has been travelling so feedback is delayed."
    assert rules_labels(text) == ((), (), ())
    text = "Rejected from the graduate scheme after the video interview."
    assert rules_labels(text) == ((), (), ())
    text = "They filled it with someone from their own graduate scheme."
    assert rules_labels(text)[2] == ("position_change",)


def test_it_lets_a_fault_denied_in_passing_leave_the_praise_standing():
    assert rules_labels("You were confident without being arrogant.") == ((), ("confidence",), ())
    assert rules_labels("You came across as arrogant.")[0] == ("confidence",)


def test_it_reads_fellow_candidates_worked_beside_as_no_rival():
    text = "You listened well to the other candidates and built on their ideas in the group task."
    assert rules_labels(text)[2] == ()
    assert rules_labels("Another candidate was a closer match.")[2] == ("competition",)


def test_it_reads_praise_of_values_ease_and_presenting_in_many_words():
    assert rules_labels("The team felt you share our values completely.") == (
        (),
        ("culture_fit",),
        (),
    )
    assert rules_labels("You don't share our values.")[0] == ("culture_fit",)
    assert rules_labels("Everyone said how easy you were to work with.")[1] == ("collaboration",)
    assert rules_labels("Your referee said you aren't always easy to work alongside.")[1] == ()
    assert rules_labels("A very clear and persuasive presenter.")[1] == ("communication",)
    assert rules_labels("You clearly think well on your feet.")[1] == ("problem_solving",)
    assert rules_labels("Your accounts knowledge is excellent.")[1] == ("technical_skills",)
    assert rules_labels("Your welding is top quality.")[1] == ("technical_skills",)


def test_it_names_nothing_in_well_wishing_encouragement_or_feedback_withheld():
    text = "We wish you luck in finding a role that matches your skills and experience."
    assert rules_labels(text) == ((), (), ())
    text = "We encourage you to continue developing your skills and to apply again."
    assert rules_labels(text) == ((), (), ())
    text = "We encourage you to continue developing your leadership skills."
    assert rules_labels(text)[0] == ("leadership",)
    text = (
        "We are unable to provide feedback on your technical test due to the volume of candidates."
    )
    assert rules_labels(text) == ((), (), ())
    text = "Your technical test was weak, so we are unable to provide further feedback."
    assert rules_labels(text)[0] == ("technical_skills",)


def test_it_reads_a_decision_not_related_to_pay_as_a_bare_denial():
    text = "We will not be progressing your application; this was not related to your salary."
    assert rules_labels(text) == ((), (), ())
    assert rules_labels("Your base is above our range.")[0] == ("compensation",)
    assert rules_labels("Hi Dan, just touching base about the role.") == ((), (), ())


def test_it_names_nothing_for_the_person_sought_described_in_a_form_letter():
    text = (
        "Thank you for your interest. We are seeking a confident communicator with strong Excel "
        "skills. Unfortunately your application has not been successful."
    )
    assert rules_labels(text) == ((), (), ())
    text = (
        "Thank you for your application. The postholder will need excellent organisational "
        "skills. Unfortunately you have not been shortlisted."
    )
    assert rules_labels(text) == ((), (), ())


def test_it_reads_praise_said_through_a_negative_as_praise():
    assert rules_labels("Nothing but praise for your communication from the panel.") == (
        (),
        ("communication",),
        (),
    )
    assert rules_labels("We could not have asked for a better presentation.")[1] == (
        "communication",
    )
    assert rules_labels("Your communication was not just good, it was outstanding.") == (
        (),
        ("communication",),
        (),
    )
    assert rules_labels("It's not often we see such a well-prepared candidate.")[1] == (
        "preparation",
    )
    assert rules_labels("Your leadership examples were hard to beat.")[1] == ("leadership",)
    text = "We can't speak highly enough of your customer service skills."
    assert rules_labels(text) == ((), ("communication",), ())
    assert rules_labels("You didn't miss a beat in the coding exercise.")[0] == ()
    assert rules_labels("Your communication was not good.")[0] == ("communication",)
    assert rules_labels("We didn't feel your communication was good enough.")[0] == (
        "communication",
    )


def test_it_reads_a_fault_denied_outright_as_naming_nothing():
    for text in (
        "You never once lost your composure.",
        "Far from being nervous, you were the calmest person in the room.",
        "There was nothing lacking in your preparation.",
        "We didn't find any gaps in your clinical knowledge.",
        "No one on the panel doubted your commitment.",
        "Your SQL was anything but basic.",
    ):
        assert rules_labels(text)[0] == (), text
    assert rules_labels("You lost your composure.")[0] == ("confidence",)
    assert rules_labels("We found gaps in your clinical knowledge.")[0] == ("technical_skills",)
    assert rules_labels("Your SQL was basic.")[0] == ("technical_skills",)
    assert rules_labels("You weren't just nervous, you froze.")[0] == ("confidence",)


def test_it_names_nothing_in_a_pleasantry_about_the_candidates_background():
    text = "It was great to learn more about your background and experience. We'll be in touch."
    assert rules_labels(text) == ((), (), ())
    text = "It was great to hear about your volunteering, which clearly shows your commitment."
    assert rules_labels(text)[1] == ("motivation",)
    assert rules_labels("Your experience is great.")[1] == ("experience_level",)


def test_it_reads_a_difficult_customer_as_the_situation_not_a_verdict():
    text = "Super impressed with how you handled the difficult-customer role play."
    assert rules_labels(text) == ((), ("problem_solving",), ())
    assert rules_labels("You found the role play difficult.")[0] == ("problem_solving",)
    text = (
        "Your answer about a disagreement also suggested you would rather avoid a difficult "
        "conversation with a colleague than work it through."
    )
    assert rules_labels(text)[0] == ("collaboration",)
