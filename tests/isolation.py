"""What the URLconf walk needs to fill every URL kwarg with an object of a given user.

Each area registers a maker for each `<model>_id` kwarg its URLs take. A kwarg with no
maker fails the walk, so a new URL can't slip past the isolation test.
"""

from tests import factories as f


def _application(user):
    return f.ApplicationFactory(user=user)


OBJECT_MAKERS = {
    "application_id": _application,
    "company_id": lambda user: f.CompanyFactory(user=user),
    "contact_id": lambda user: f.ContactFactory(user=user),
    "interview_id": lambda user: f.InterviewFactory(user=user),
    "rejection_id": lambda user: f.RejectionFactory(user=user),
    "mention_id": lambda user: f.ThemeMentionFactory(user=user),
    "action_id": lambda user: f.ImprovementActionFactory(user=user),
    "request_id": lambda user: f.FeedbackRequestFactory(user=user),
    "feedback_id": lambda user: f.FeedbackFactory(user=user),
    "reflection_id": lambda user: f.ReflectionFactory(user=user),
    "template_id": lambda user: f.MessageTemplateFactory(user=user),
    "job_id": lambda user: f.ImportJobFactory(user=user),
    "nudge_id": lambda user: f.NudgeFactory(user=user),
}
