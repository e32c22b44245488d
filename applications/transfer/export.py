"""Everything out: a spreadsheet-safe CSV of applications, and a full JSON of the account.

The JSON covers every concrete model that inherits Owned, found at run time, so a model added
by any area is exported and restored without changes here. Rows get export-local ids (1, 2, …
per model, in primary-key order) and every reference between them is written with those ids,
so a restore into another account remaps them and exporting the restored account gives the
same document again.
"""

import csv
import io
import json
from datetime import date, datetime, time, timedelta

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.duration import duration_iso_string

from applications.models import Application, Owned

FORMAT = "rebound-export"
VERSION = 1
# Machinery of this app, not the user's data: an import in progress, a calendar secret.
EXCLUDED = {"transfer.importjob", "transfer.calendarfeed"}
# Account fields that are the user's settings (restored) rather than their identity.
USER_IDENTITY = {"id", "password", "username", "email", "last_login", "date_joined"}
USER_NEVER = {"is_superuser", "is_staff", "is_active", "groups", "user_permissions"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class RestoreError(ValueError):
    """The JSON can't be restored; the message says why in plain words."""


# CSV ------------------------------------------------------------------------------------------

CSV_COLUMNS = [
    ("Company", lambda a: a.company.name),
    ("Role", lambda a: a.role_title),
    ("Status", lambda a: a.get_status_display()),
    ("Date applied", lambda a: a.applied_on),
    ("Location", lambda a: a.location),
    ("Work mode", lambda a: a.get_work_mode_display()),
    ("Seniority", lambda a: a.get_seniority_display()),
    ("Salary min", lambda a: a.salary_min),
    ("Salary max", lambda a: a.salary_max),
    ("Currency", lambda a: a.currency),
    ("Salary", lambda a: a.salary_text or _salary_range(a)),
    ("Source", lambda a: a.get_source_display()),
    ("Link", lambda a: a.job_url),
    ("Résumé version", lambda a: a.resume_version),
    ("Cover letter sent", lambda a: "yes" if a.cover_letter_sent else "no"),
    ("Excitement", lambda a: a.excitement),
    ("Notes", lambda a: a.notes),
    ("Status changed", lambda a: timezone.localtime(a.status_changed_at, a.user.tz).date()),
    ("Added to Rebound", lambda a: timezone.localtime(a.created_at, a.user.tz).date()),
]


def _salary_range(application) -> str:
    low, high = application.salary_min, application.salary_max
    if low is None and high is None:
        return ""
    figures = str(low or high) if low == high or None in (low, high) else f"{low}–{high}"
    return f"{figures} {application.currency}".strip()


def spreadsheet_safe(value) -> str:
    """A cell a spreadsheet shows as text: a leading = + - @ tab or CR can't start a formula."""
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def applications_csv(user) -> str:
    out = io.StringIO()
    # The BOM makes Excel read UTF-8 names correctly; Rebound's importer skips it.
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name for name, _ in CSV_COLUMNS])
    applications = (
        Application.objects.for_user(user)
        .select_related("company", "user")
        .order_by("applied_on", "created_at", "id")
    )
    for application in applications.iterator(chunk_size=1000):
        writer.writerow([spreadsheet_safe(get(application)) for _, get in CSV_COLUMNS])
    return out.getvalue()


# JSON -----------------------------------------------------------------------------------------


def owned_models() -> list[type[models.Model]]:
    """Every concrete model holding a user's rows, parents before the models that point at them."""
    found = [
        m
        for m in apps.get_models()
        if issubclass(m, Owned) and not m._meta.abstract and _label(m) not in EXCLUDED
    ]
    ordered, placed = [], set()
    # Required references decide the order; optional ones may point forward (fixed up later).
    remaining = sorted(found, key=_label)
    while remaining:
        progressed = False
        for model in list(remaining):
            needs = {
                f.related_model
                for f in _references(model)
                if not f.null and f.related_model is not model and f.related_model in found
            }
            if needs <= placed:
                ordered.append(model)
                placed.add(model)
                remaining.remove(model)
                progressed = True
        if not progressed:
            # A cycle of required references can't be restored in any order; keep going anyway.
            ordered.extend(remaining)
            break
    # A generic reference (a nudge "about" any row) can point at any model: restore those
    # models last, so their targets exist and unique constraints see the real ids.
    return [m for m in ordered if not _generic(m)] + [m for m in ordered if _generic(m)]


def _label(model) -> str:
    return model._meta.label_lower


def _foreign_keys(model):
    generic_types = {g.ct_field for g in _generic(model)}
    return [
        f
        for f in model._meta.concrete_fields
        if f.is_relation and (f.many_to_one or f.one_to_one)
        if f.name != "user" and f.name not in generic_types and not f.remote_field.parent_link
    ]


def _references(model):
    """Foreign keys to other rows of the user: written as export-local ids."""
    return [f for f in _foreign_keys(model) if issubclass(f.related_model, Owned)]


def _outside_references(model):
    """Foreign keys to shared rows (a content type, the account itself): written by name."""
    return [f for f in _foreign_keys(model) if not issubclass(f.related_model, Owned)]


def _outside_value(field, pk, user):
    if pk is None:
        return None
    if field.related_model is ContentType:
        return ContentType.objects.get_for_id(pk).model_class()._meta.label_lower
    if field.related_model is get_user_model():
        return "self" if pk == user.pk else None
    return pk


def _outside_restore(field, value, user):
    if value is None:
        return None
    if field.related_model is ContentType:
        return ContentType.objects.get_for_model(apps.get_model(value)).pk
    if field.related_model is get_user_model():
        return user.pk if value == "self" else None
    return value


def _m2m(model):
    return [f for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created]


def _generic(model):
    return [f for f in model._meta.private_fields if isinstance(f, GenericForeignKey)]


def _plain_fields(model):
    generic_parts = {n for g in _generic(model) for n in (g.ct_field, g.fk_field)}
    skip = {f.name for f in _references(model)} | generic_parts | {"user"}
    return [
        f
        for f in model._meta.concrete_fields
        if not f.primary_key and f.name not in skip and not f.is_relation
    ]


def _user_fields(user_model):
    """The account's settings: everything but identity, permissions and per-account secrets."""
    return [
        f
        for f in user_model._meta.concrete_fields
        if f.name not in USER_IDENTITY | USER_NEVER and not f.is_relation and not f.unique
    ]


def _json_value(field, value):
    """JSON for one field; datetimes keep their microseconds so a restore is exact."""
    if isinstance(field, models.JSONField) or value is None:
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return duration_iso_string(value)
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)  # Decimal, UUID, and the like: their to_python reads the string back


def account_export(user) -> dict:
    """The whole account as one JSON-able dict."""
    models_list = owned_models()
    local_ids: dict[type, dict[int, int]] = {}
    rows_by_model = {}
    for model in models_list:
        rows = list(model._base_manager.filter(user=user).order_by("pk"))
        local_ids[model] = {row.pk: i for i, row in enumerate(rows, start=1)}
        rows_by_model[model] = rows

    def ref(model, pk):
        if pk is None:
            return None
        return local_ids.get(model, {}).get(pk)

    document_models = {}
    for model in models_list:
        out = []
        for row in rows_by_model[model]:
            item = {"id": local_ids[model][row.pk]}
            for f in _plain_fields(model):
                item[f.name] = _json_value(f, f.value_from_object(row))
            for f in _references(model):
                item[f.name] = ref(f.related_model, getattr(row, f.attname))
            for f in _outside_references(model):
                item[f.name] = _outside_value(f, getattr(row, f.attname), user)
            for g in _generic(model):
                ct_id = getattr(row, model._meta.get_field(g.ct_field).attname)
                target = ContentType.objects.get_for_id(ct_id).model_class() if ct_id else None
                object_id = getattr(row, g.fk_field)
                item[g.name] = _generic_value(target, _int(object_id), user, ref)
            for f in _m2m(model):
                ids = getattr(row, f.name).values_list("pk", flat=True)
                item[f.name] = sorted(
                    ref(f.related_model, pk)
                    for pk in ids
                    if pk in local_ids.get(f.related_model, {})
                )
            out.append(item)
        document_models[_label(model)] = out

    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "account": {"username": user.username, "email": user.email},
        "settings": {
            f.name: _json_value(f, f.value_from_object(user))
            for f in _user_fields(get_user_model())
        },
        "models": document_models,
    }


def _generic_value(target, object_id, user, ref):
    """A generic reference: the user's own row by export-local id, the account as "self"."""
    if target is None:
        return None
    if target is get_user_model():
        return {"model": _label(target), "id": "self" if object_id == user.pk else None}
    if not issubclass(target, Owned):
        return {"model": _label(target), "id": object_id}
    return {"model": _label(target), "id": ref(target, object_id)}


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def account_export_json(user) -> str:
    return json.dumps(account_export(user), ensure_ascii=False, indent=1)


def _singleton(model) -> bool:
    """Models with at most one row per user (settings), which an empty account may already have."""
    user_field = model._meta.get_field("user")
    if user_field.unique:
        return True
    return any(
        tuple(c.fields) == ("user",)
        for c in model._meta.constraints
        if isinstance(c, models.UniqueConstraint) and c.fields and not c.condition
    )


def account_is_empty(user) -> bool:
    return not any(
        model._base_manager.filter(user=user).exists()
        for model in owned_models()
        if not _singleton(model)
    )


@transaction.atomic
def account_restore(user, document: dict) -> dict[str, int]:
    """Recreate an export's rows for `user`, whose account must hold no data yet."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RestoreError("This isn't a Rebound export (a .json file from “Export everything”).")
    if document.get("version") != VERSION:
        raise RestoreError("This export comes from a different version of Rebound.")
    if not account_is_empty(user):
        raise RestoreError(
            "Your account already has data. A full export can only be restored into an empty "
            "account; to add a spreadsheet, use the import above."
        )
    data = document.get("models") or {}
    by_label = {_label(m): m for m in owned_models()}
    unknown = sorted(set(data) - set(by_label))
    if unknown:
        raise RestoreError(
            f"This export holds data this Rebound doesn't know: {', '.join(unknown)}."
        )

    for name, value in (document.get("settings") or {}).items():
        field = next((f for f in _user_fields(get_user_model()) if f.name == name), None)
        if field is not None:
            setattr(user, field.attname, field.to_python(value))
    user.save()

    new_pk: dict[type, dict[int, int]] = {}
    deferred = []  # (model, pk, field, target model, local id): forward optional references
    counts = {}
    try:
        for model in owned_models():
            items = data.get(_label(model), [])
            new_pk[model] = {}
            if _singleton(model):
                model._base_manager.filter(user=user).delete()
            for item in items:
                obj, pending = _build(model, item, user, new_pk)
                obj.save(force_insert=True)
                new_pk[model][item["id"]] = obj.pk
                deferred += [(model, obj.pk, *p) for p in pending]
                _restore_auto_times(model, obj, item)
            counts[_label(model)] = len(items)
        for model, pk, field, target, local in deferred:
            target_pk = new_pk.get(target, {}).get(local)
            model._base_manager.filter(pk=pk).update(**{field.attname: target_pk})
        for model in owned_models():
            for f in _m2m(model):
                through = f.remote_field.through
                source_col = f.m2m_field_name() + "_id"
                target_col = f.m2m_reverse_field_name() + "_id"
                links = [
                    through(
                        **{
                            source_col: new_pk[model][item["id"]],
                            target_col: new_pk[f.related_model][t],
                        }
                    )
                    for item in data.get(_label(model), [])
                    for t in item.get(f.name) or []
                    if t in new_pk.get(f.related_model, {})
                ]
                through.objects.bulk_create(links)
    except (KeyError, TypeError, ValueError, AttributeError, LookupError, IntegrityError) as e:
        raise RestoreError(f"This export is damaged and can't be restored ({e}).") from e
    return counts


def _build(model, item, user, new_pk):
    obj = model(user=user)
    for f in _plain_fields(model):
        if f.name in item:
            value = item[f.name]
            value = value if isinstance(f, models.JSONField) else f.to_python(value)
            if (
                f.unique
                and value is not None
                and model._base_manager.filter(**{f.name: value}).exists()
            ):
                # A secret such as an unsubscribe token still held by the old account: make anew.
                value = f.get_default()
            setattr(obj, f.attname, value)
    pending = []
    for f in _references(model):
        local = item.get(f.name)
        if local is None:
            setattr(obj, f.attname, None)
        elif local in new_pk.get(f.related_model, {}):
            setattr(obj, f.attname, new_pk[f.related_model][local])
        elif f.null:
            setattr(obj, f.attname, None)
            pending.append((f, f.related_model, local))
        else:
            raise ValueError(f"{_label(model)} {item.get('id')} points at a missing row")
    for f in _outside_references(model):
        if f.name in item:
            setattr(obj, f.attname, _outside_restore(f, item[f.name], user))
    for g in _generic(model):
        target = item.get(g.name)
        if target:
            target_model = apps.get_model(target["model"])
            content_type = ContentType.objects.get_for_model(target_model)
            setattr(obj, model._meta.get_field(g.ct_field).attname, content_type.pk)
            if target_model is get_user_model():
                target_pk = user.pk if target["id"] == "self" else None
            elif not issubclass(target_model, Owned):
                target_pk = target["id"]
            else:
                target_pk = new_pk.get(target_model, {}).get(target["id"])
            if target_pk is None and issubclass(target_model, Owned):
                # Pointing at a row restored later: a placeholder until the fix-up pass.
                target_pk = 0
                pending.append((model._meta.get_field(g.fk_field), target_model, target["id"]))
            setattr(obj, g.fk_field, target_pk)
    return obj, pending


def _restore_auto_times(model, obj, item):
    """auto_now and auto_now_add overwrite on save; put the exported moments back."""
    fields = {
        f.attname: f.to_python(item[f.name])
        for f in _plain_fields(model)
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
        if f.name in item
    }
    if fields:
        model._base_manager.filter(pk=obj.pk).update(**fields)
