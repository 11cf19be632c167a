"""Case-file identity and schema: application_id, user_version and the stepwise migrations.

sqlite-utils is imported inside the migrations, not at module level: opening a current case never needs it.

A migration is a function ``(conn) -> None`` that takes the schema from version N-1 to N. ``upgrade`` runs all
pending steps inside ONE exclusive transaction (calibre's loop, Anki's version gate), after the caller took a
snapshot, so a failed upgrade leaves the file exactly as it was.

sqlite-utils creates the tables: its ``create_table`` spells out types, primary keys, NOT NULL, defaults and
foreign keys in one declarative call per table, which keeps every migration readable in one screen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import suppress

# ASCII "JNZD". Written into the SQLite header (offset 68) so a foreign SQLite file is recognised without
# trusting any of its tables.
APPLICATION_ID = 0x4A4E5A44
FORMAT_NAME = "jnzd-case"

Migration = Callable[[sqlite3.Connection], None]


def _v1(conn: sqlite3.Connection) -> None:
    import sqlite_utils  # only creating or upgrading a case needs it; it costs ~0.2 s of start-up (numpy)

    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    db.create_table("meta", {"key": str, "value": str}, pk="key", not_null={"value"})
    db.create_table(
        "case_info",
        {
            "id": int,
            "case_uuid": str,
            "as_of_date": str,  # 诊断基准日期, ISO date: selects standard editions and factors
            "workflow_state": str,
            "created_utc": str,
        },
        pk="id",
        not_null={"case_uuid", "as_of_date", "workflow_state", "created_utc"},
    )
    db.create_table(
        "enterprise",
        {
            "id": int,
            "name": str,
            "uscc": str,
            "province_code": str,
            "city": str,
            "county": str,
            "address": str,
            "industry_code": str,
            "employees": int,
            "revenue_wan": float,
            "output_value_wan": float,
            "energy_tce_last_year": float,
            "main_products": str,
            "capacity": str,
            "process_description": str,
            "supply_systems": str,
        },
        pk="id",
    )
    db.create_table(
        "contact",
        {"id": int, "name": str, "role": str, "phone": str, "email": str, "sort_order": int},
        pk="id",
    )
    db.create_table(
        "engagement",
        {
            "id": int,
            "agency": str,
            "diagnosis_type": str,
            "task_book_no": str,
            "team": str,
            "visit_start": str,
            "visit_end": str,
            "period_start": str,
            "period_end": str,
            "remarks": str,
        },
        pk="id",
    )
    # The append-only change journal. Triggers make UPDATE and DELETE fail, and every row carries the SHA-256
    # of its predecessor's hash plus its own content, so a rewritten history is visible (``verify_journal``).
    db.create_table(
        "journal",
        {
            "seq": int,
            "grp": int,  # one user operation = one group
            "ts_utc": str,
            "user": str,
            "kind": str,  # edit | undo | redo | workflow | restore | create | migrate
            "label": str,
            "tbl": str,
            "row_key": str,
            "col": str,
            "old": str,  # JSON
            "new": str,  # JSON
            "ref_grp": int,  # undo/redo: the group reverted
            "hash": str,
        },
        pk="seq",
        not_null={"grp", "ts_utc", "user", "kind", "hash"},
    )
    conn.execute("CREATE INDEX journal_grp ON journal(grp)")
    conn.execute(
        "CREATE TRIGGER journal_append_only_u BEFORE UPDATE ON journal "
        "BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END"
    )
    conn.execute(
        "CREATE TRIGGER journal_append_only_d BEFORE DELETE ON journal "
        "BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END"
    )


def _v2(conn: sqlite3.Connection) -> None:
    """The diagnosis checklist: frozen templates, answers, evidence, and content-addressed blobs."""
    import sqlite_utils

    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    # The exact text of every template the case uses: later template releases never rewrite an old case.
    db.create_table(
        "checklist_template",
        {"id": int, "template_id": str, "kind": str, "edition": str, "title": str, "sha256": str, "content": str},
        pk="id",
        not_null={"template_id", "kind", "edition", "title", "sha256", "content"},
    )
    db.create_table(
        "checklist_answer",
        {
            "item_id": str,
            "status": str,  # domain.checklist.Status
            "value": float,  # number answers, in the item's unit
            "value_text": str,  # choice and text answers
            "finding": str,
            "updated_by": str,
            "updated_utc": str,
        },
        pk="item_id",
    )
    # Evidence metadata is journaled (undo can bring a removed photo back); the bytes live in ``blob``,
    # keyed by SHA-256 and never changed, so the journal never carries megabytes of image data.
    db.create_table(
        "evidence",
        {
            "id": int,
            "item_id": str,
            "kind": str,  # photo | document
            "filename": str,
            "mime": str,
            "size": int,
            "sha256": str,
            "width": int,
            "height": int,
            "thumb_sha256": str,
            "taken_utc": str,  # EXIF DateTimeOriginal of photos, when present
            "caption": str,
            "added_by": str,
            "added_utc": str,
        },
        pk="id",
        not_null={"item_id", "kind", "filename", "size", "sha256"},
    )
    conn.execute("CREATE INDEX evidence_item ON evidence(item_id)")
    db.create_table("blob", {"sha256": str, "size": int, "data": bytes}, pk="sha256", not_null={"data"})


def _v3(conn: sqlite3.Connection) -> None:
    """The numbers of the diagnosis: energy settings, energy items with their balance and months, frozen
    reference data, products graded against limit standards, and the metering ledger with required counts.

    Quantities, prices and factors are TEXT holding exact decimals (never binary floats): the figures go into a
    government report and must reproduce to the last digit years later.
    """
    import sqlite_utils

    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    db.create_table(
        "energy_setting",
        {
            "id": int,
            "gbt2589_edition": str,  # chosen from the as-of date, frozen at first use
            "equal_value": str,  # 电力等价值 kgce/kWh, entered with its year and source
            "equal_value_year": int,
            "equal_value_source": str,
            "include_working_media": int,  # 0/1: purchased 耗能工质 in 综合能耗 (unverified for 2020: a switch)
            "grid_factor": str,  # kgCO2/kWh used for purchased electricity
            "grid_factor_basis": str,
            "heat_factor": str,  # tCO2/GJ used for purchased heat and steam
            "heat_factor_basis": str,
            "compare_year": int,  # comparison period (year-on-year, GB/T 13234 output-value savings)
            "compare_tce": str,  # its comprehensive energy consumption (当量值, tce)
            "compare_output_value_wan": str,  # its output value (万元, comparable prices)
        },
        pk="id",
    )
    db.create_table(
        "energy_item",
        {
            "id": int,
            "energy_code": str,  # GB/T 2589 row code (reference/energy_data)
            "name": str,
            "unit": str,  # the unit the quantities below are in (t, 万m3, kWh, …)
            "purchased": str,
            "opening_stock": str,
            "closing_stock": str,
            "transferred_out": str,
            "consumed": str,
            "cost_yuan": str,
            "measured_ncv": str,  # kJ per the coefficient's unit, overrides the table value
            "ncv_source": str,
            "co2_ncv": str,  # CO2 parameters of fuels without MEE defaults (e.g. coal): GJ per t or 10^4 Nm3
            "co2_cc": str,  # tC/GJ
            "co2_oxidation": str,  # 0..1
            "co2_source": str,
            "sort_order": int,
        },
        pk="id",
        not_null={"energy_code", "name", "unit"},
    )
    db.create_table(
        "energy_month",
        {"id": int, "item_id": int, "month": int, "quantity": str},
        pk="id",
        not_null={"item_id", "month"},
    )
    conn.execute("CREATE UNIQUE INDEX energy_month_item ON energy_month(item_id, month)")
    # Reference data as used by this case (e.g. the GB/T 2589 rows), so later data releases never rewrite it.
    db.create_table("frozen_reference", {"key": str, "content": str, "frozen_utc": str}, pk="key",
                    not_null={"content", "frozen_utc"})
    conn.execute("INSERT INTO energy_setting (id, include_working_media) VALUES (1, 0)")
    # Products graded against a limit standard (resources/reference/limits): the indicator's inputs as entered.
    db.create_table(
        "product",
        {
            "id": int,
            "name": str,
            "unit": str,
            "output": str,
            "standard_id": str,
            "indicator_id": str,
            "inputs": str,  # JSON {input name: value as text}
            "base_value": str,  # the comparison period's unit consumption (GB/T 13234 savings)
            "sort_order": int,
        },
        pk="id",
        not_null={"name"},
    )
    # Metering (GB 17167): the instrument ledger and the required counts per energy and level.
    db.create_table(
        "meter",
        {
            "id": int,
            "name": str,
            "kind": str,
            "model": str,
            "range_text": str,
            "accuracy_class": str,
            "location": str,
            "energy": str,  # a GB 17167 table row (电力, 煤炭, 天然气, 蒸汽, 水, …)
            "level": int,  # 1 进出用能单位, 2 进出主要次级用能单位, 3 主要用能设备
            "calibrated_on": str,
            "calibration_due": str,
        },
        pk="id",
        not_null={"name", "energy", "level"},
    )
    db.create_table(
        "metering_requirement",
        {"id": int, "energy": str, "level": int, "required": int},
        pk="id",
        not_null={"energy", "level", "required"},
    )
    conn.execute("CREATE UNIQUE INDEX metering_requirement_key ON metering_requirement(energy, level)")


def _v4(conn: sqlite3.Connection) -> None:
    """The equipment register and saved calculator results.

    ``equipment.params`` is JSON {field key: value as text} holding the type-specific nameplate and operating
    fields declared in ``domain/equipment.py``; grades and eliminated-equipment checks are computed from it, never
    stored. ``calc_result`` keeps each saved calculation with its inputs, outputs and trace, optionally linked to
    a device (links to measures arrive with the measures table).
    """
    import sqlite_utils

    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    db.create_table(
        "equipment",
        {
            "id": int,
            "kind": str,  # motor | pm_motor | transformer | compressor | fan | pump | boiler | other
            "tag": str,  # 设备编号 as the enterprise numbers it
            "name": str,
            "model": str,  # 型号, matched against the eliminated-equipment catalogues
            "manufacturer": str,
            "quantity": int,  # identical devices on one row
            "location": str,  # 车间/工序
            "year": int,  # 出厂或投运年份
            "hours": str,  # 年运行小时数 h/a
            "params": str,  # JSON {field: value as text}
            "note": str,
            "sort_order": int,
        },
        pk="id",
        not_null={"kind", "params"},
        defaults={"params": "{}", "quantity": 1},
    )
    db.create_table(
        "calc_result",
        {
            "id": int,
            "calculator": str,  # calculator id (calculations/registry.py)
            "title": str,
            "inputs": str,  # JSON {input key: value as text}
            "outputs": str,  # JSON {output key: {"value": text, "unit": text, "label": text}}
            "trace": str,
            "equipment_id": int,
            "saved_by": str,
            "saved_utc": str,
        },
        pk="id",
        not_null={"calculator", "inputs", "outputs", "trace", "saved_utc"},
    )
    conn.execute("CREATE INDEX calc_result_equipment ON calc_result(equipment_id)")


def _v5(conn: sqlite3.Connection) -> None:
    """Measurements: the original logger files, datasets (a shared int64 time axis) and channels whose samples
    are stored as chunked numeric blobs (content-addressed in ``blob``: ~100× faster to load than a row per
    sample), spot measurements typed in by hand, day-type assignments and chart annotations.

    ``time_chunks`` / ``chunks`` are JSON lists of blob SHA-256s: little-endian int64 milliseconds since the
    Unix epoch (UTC) and float64 values (NaN = missing), ``chunk_size`` samples per chunk.
    """
    import sqlite_utils

    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    db.create_table(
        "measurement_file",
        {
            "id": int,
            "filename": str,
            "sha256": str,  # SHA-256 of the original file, kept byte-exact so an import can be redone
            "size": int,
            "chunks": str,  # JSON [sha256, …]: the original's bytes in blob, in pieces (imports stay in bounded memory)
            "format": str,  # csv | xlsx
            "options": str,  # JSON: the choices used (encoding, delimiter, decimal, date format, tz, …)
            "report": str,  # JSON: rows read, rows skipped with examples, duplicates, gaps, interval
            "imported_by": str,
            "imported_utc": str,
        },
        pk="id",
        not_null={"filename", "sha256", "size", "chunks", "format", "options", "report"},
    )
    db.create_table(
        "dataset",
        {
            "id": int,
            "label": str,
            "tz": str,  # the zone the logger's local timestamps were read in (recorded, default Asia/Shanghai)
            "n": int,
            "t_first": int,  # ms UTC
            "t_last": int,
            "interval_ms": int,  # median sampling interval (or the resampling interval)
            "chunk_size": int,
            "time_chunks": str,  # JSON [sha256, …]
            "file_ids": str,  # JSON [measurement_file.id, …]: several files aligned by timestamp
            "resampled_ms": int,  # the common interval when the files were resampled, else NULL
            "sort_order": int,
        },
        pk="id",
        not_null={"label", "tz", "n", "chunk_size", "time_chunks", "file_ids"},
    )
    db.create_table(
        "channel",
        {
            "id": int,
            "dataset_id": int,
            "file_id": int,
            "column_name": str,  # as in the file
            "label": str,
            "quantity": str,  # active_power, voltage, … (importers/logs/columns.py)
            "unit": str,
            "instrument": str,
            "equipment_id": int,
            "chunks": str,  # JSON [sha256, …]
            "n_valid": int,
            "sort_order": int,
        },
        pk="id",
        not_null={"dataset_id", "column_name", "label", "unit", "chunks"},
    )
    conn.execute("CREATE INDEX channel_dataset ON channel(dataset_id)")
    conn.execute("CREATE INDEX channel_equipment ON channel(equipment_id)")
    db.create_table(
        "spot_measurement",
        {
            "id": int,
            "equipment_id": int,
            "quantity": str,
            "label": str,
            "value": str,  # exact decimal as typed
            "unit": str,
            "taken_at": str,  # local ISO date-time
            "instrument": str,
            "note": str,
        },
        pk="id",
        not_null={"label", "value", "unit"},
    )
    db.create_table("day_type", {"id": int, "day": str, "day_type": str}, pk="id", not_null={"day", "day_type"})
    conn.execute("CREATE UNIQUE INDEX day_type_day ON day_type(day)")
    db.create_table("annotation", {"id": int, "dataset_id": int, "t": int, "text": str}, pk="id",
                    not_null={"dataset_id", "t", "text"})


def _v6(conn: sqlite3.Connection) -> None:
    """Energy-saving measures (节能措施) with their resource streams, the enterprise's decisions over time and their
    links to checklist items, equipment, measurements and calculator results; the enterprise's feedback form.

    Quantities and money are exact decimal TEXT; converted figures (tce, CO2, yuan, payback) are computed from the
    case's coefficients, prices and factors, never stored.
    """
    import sqlite_utils

    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    db.create_table(
        "measure",
        {
            "id": int,
            "code": str,  # the agency's numbering, e.g. JN-01
            "title": str,
            "category": str,  # management | retrofit | operation (calculations/measures.py)
            "catalogue_id": str,  # the typical measure it started from, if any
            "description": str,
            "investment_wan": str,
            "extra_om_wan": str,  # added operating cost per year (negative = saved)
            "lifetime_years": int,
            "discount_rate_pct": str,
            "priority": str,  # high | medium | low
            "sort_order": int,
        },
        pk="id",
        not_null={"title", "category"},
    )
    db.create_table(
        "measure_stream",
        {"id": int, "measure_id": int, "resource": str, "quantity": str, "price": str, "note": str},
        pk="id",
        not_null={"measure_id", "resource", "quantity"},
    )
    conn.execute("CREATE INDEX measure_stream_measure ON measure_stream(measure_id)")
    db.create_table(
        "measure_decision",
        {"id": int, "measure_id": int, "decision": str, "decided_on": str, "note": str},
        pk="id",
        not_null={"measure_id", "decision", "decided_on"},
    )
    conn.execute("CREATE INDEX measure_decision_measure ON measure_decision(measure_id)")
    db.create_table(
        "measure_link",
        {"id": int, "measure_id": int, "kind": str, "target": str},  # kind: checklist | equipment | dataset |
        pk="id",                                                      # channel | calc_result; target: its key
        not_null={"measure_id", "kind", "target"},
    )
    conn.execute("CREATE UNIQUE INDEX measure_link_key ON measure_link(measure_id, kind, target)")
    db.create_table(
        "feedback",
        {
            "id": int,
            "satisfaction": str,  # JSON {aspect: 1..5}
            "adopted_measure_ids": str,  # JSON [measure id, …] the enterprise intends to adopt
            "comments": str,
            "confirmed_by": str,
            "position": str,
            "confirmed_on": str,
        },
        pk="id",
    )
    conn.execute("INSERT INTO feedback (id) VALUES (1)")


def _v7(conn: sqlite3.Connection) -> None:
    """Supervisor review: comments pinned to a section, checklist item, device or measure, and the decisions
    (退回修改 / 通过 / 重新打开) with reviewer and time. Written with journal kind ``review`` (or ``workflow`` for a
    decision), never touching the engineer's tables; a decision remembers the journal position it was taken at,
    so "changed since the last review" is a query on the journal.
    """
    import sqlite_utils

    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    db.create_table(
        "review_comment",
        {
            "id": int,
            "section": str,  # a section id of the navigation (profile, checklist, equipment, measures, …)
            "target_kind": str,  # "" (the whole section) | checklist | equipment | measure
            "target_key": str,  # the item id, equipment id or measure id
            "target_label": str,  # what the reviewer saw, kept even if the target is later deleted
            "text": str,
            "reviewer": str,
            "created_utc": str,
            "resolved_by": str,
            "resolved_utc": str,
            "resolution": str,  # the engineer's answer
        },
        pk="id",
        not_null={"section", "text", "reviewer", "created_utc"},
    )
    db.create_table(
        "review_decision",
        {"id": int, "action": str, "reviewer": str, "decided_utc": str, "comment": str, "journal_seq": int},
        pk="id",
        not_null={"action", "reviewer", "decided_utc", "journal_seq"},
    )


def _v8(conn: sqlite3.Connection) -> None:
    """Units you can trace: every channel records where its unit came from and how its values were converted to
    the canonical unit they are stored in, and how it holds energy.

    ``unit_source``: header | unit_row | cell | user | inferred | none (dimensionless) | derived, "" for channels
    imported before (their unit was taken from the file or a default, unchecked); ``unit_original``: the unit of
    the values in the file; stored value = value × ``unit_factor`` + ``unit_offset``; ``unit_check``: how the unit
    was inferred or checked (简体中文); ``series_kind``: sample | interval (energy per interval) | cumulative (a
    meter reading) | interval_mean (a power derived from such a channel); ``derived_from``: that channel's id.
    """
    for column, kind in (("unit_source", "TEXT"), ("unit_original", "TEXT"), ("unit_factor", "REAL"),
                         ("unit_offset", "REAL"), ("unit_check", "TEXT"), ("series_kind", "TEXT"),
                         ("derived_from", "INTEGER")):
        conn.execute(f"ALTER TABLE channel ADD COLUMN {column} {kind}")


def _v9(conn: sqlite3.Connection) -> None:
    """Rows proven by the journal: every entry records the digest of the row it leaves behind (``digest``,
    ``journal.row_digest``), so a row changed, added or deleted without the journal no longer matches its newest
    entry; the rows a case had before this version are sealed, as found, by the ``migrate`` group that follows.
    ``meta`` keeps the head and last seq of the chain as the app left it (``META_HEAD``, ``META_SEQ``).

    Signatures: an engineer's submission signs the chain head it submits, a reviewer's decision the head it saw
    (``review_decision.journal_head``), with Ed25519 keys from the user's data folder. ``signature`` keeps, per
    signature, the signed fields (``domain.signature.message``), the signer's public key (raw, base64) and its
    fingerprint, and the signature (base64); ``decision_id`` is the review decision it signs, if any.
    """
    import sqlite_utils

    conn.execute("ALTER TABLE journal ADD COLUMN digest TEXT")
    conn.execute("ALTER TABLE review_decision ADD COLUMN journal_head TEXT")
    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    db.create_table(
        "signature",
        {
            "id": int,
            "purpose": str,  # submit | decision
            "signer": str,  # the name in the signer's key card
            "role": str,  # engineer | reviewer
            "public_key": str,  # Ed25519, raw 32 bytes, base64
            "fingerprint": str,  # XXXX-XXXX-XXXX-XXXX, read out over the phone
            "case_uuid": str,
            "journal_seq": int,
            "journal_head": str,
            "signed_utc": str,
            "decision_id": int,
            "signature": str,  # 64 bytes, base64
        },
        pk="id",
        not_null={"purpose", "signer", "public_key", "fingerprint", "case_uuid", "journal_seq", "journal_head",
                  "signed_utc", "signature"},
    )


MIGRATIONS: list[Migration] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9]
SCHEMA_VERSION = len(MIGRATIONS)

META_HEAD = "journal_head"  # meta keys: the chain's newest hash and seq as the app's last commit left them
META_SEQ = "journal_seq"

# Tables whose rows the journal may touch, with their key column. Anything else is refused by the writer.
JOURNALED_TABLES: dict[str, str] = {
    "case_info": "id",
    "enterprise": "id",
    "engagement": "id",
    "contact": "id",
    "checklist_template": "id",
    "checklist_answer": "item_id",
    "evidence": "id",
    "energy_setting": "id",
    "energy_item": "id",
    "energy_month": "id",
    "frozen_reference": "key",
    "product": "id",
    "meter": "id",
    "metering_requirement": "id",
    "equipment": "id",
    "calc_result": "id",
    "measurement_file": "id",
    "dataset": "id",
    "channel": "id",
    "spot_measurement": "id",
    "day_type": "id",
    "annotation": "id",
    "measure": "id",
    "measure_stream": "id",
    "measure_decision": "id",
    "measure_link": "id",
    "feedback": "id",
    "review_comment": "id",
    "review_decision": "id",
    "signature": "id",
}


def upgrade(conn: sqlite3.Connection, from_version: int) -> int:
    """Run the pending migrations in one exclusive transaction; return the new version.

    The connection must be in autocommit mode (``isolation_level=None``).
    """
    if from_version >= SCHEMA_VERSION:
        return from_version
    conn.execute("BEGIN EXCLUSIVE")
    try:
        for version in range(from_version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version - 1](conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise
    return SCHEMA_VERSION


def rollback(conn: sqlite3.Connection) -> None:
    """ROLLBACK if a transaction is still open. After a failed write (a full disk, the file-size limit) SQLite may
    have rolled back by itself; a ROLLBACK then fails ("no transaction is active") and would hide the error that
    says what happened."""
    if conn.in_transaction:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
