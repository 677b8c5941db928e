#include "CanonicalDump.h"

namespace wp::exchange {

namespace {

Status dumpQuery(db::Database& db, const QString& title, const QString& sql, QString& out)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    out += QStringLiteral("## %1\n").arg(title);
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return {};
        }
        QStringList cells;
        for (int c = 0; c < stmt->columnCount(); ++c) {
            cells << (stmt->isNull(c) ? QStringLiteral("∅") : stmt->text(c));
        }
        out += cells.join(QLatin1Char('\t'));
        out += QLatin1Char('\n');
    }
}

} // namespace

Result<QString> CanonicalDump::of(Workspace& ws)
{
    QString out;
    auto& db = ws.db();
    const std::pair<QString, QString> queries[] = {
        {QStringLiteral("record_version"),
         QStringLiteral(
             "SELECT version_id, record_id, kind, patient_id, version, previous_version_id, data, "
             "entered_in_error, reason, occurred_at, created_at, created_by, device FROM record_version "
             "ORDER BY version_id")},
        {QStringLiteral("patient"),
         QStringLiteral(
             "SELECT id, downtime_number, ipp, ins, birth_name, used_name, first_names, birth_date, sex, "
             "birth_place, identity_status, status, ward_code, bed_label, admitted_at, reason, allergies, "
             "updated_at FROM patient ORDER BY id")},
        {QStringLiteral("exchange_conflict"),
         QStringLiteral("SELECT id, kind, patient_id, other_id FROM exchange_conflict ORDER BY id")},
        {QStringLiteral("ward"), QStringLiteral("SELECT code, name FROM ward ORDER BY code")},
        {QStringLiteral("bed"),
         QStringLiteral("SELECT ward_code, label, position FROM bed ORDER BY ward_code, label")},
        {QStringLiteral("app_user"), QStringLiteral("SELECT login, role FROM app_user ORDER BY login")},
    };
    for (const auto& [title, sql] : queries) {
        if (auto st = dumpQuery(db, title, sql, out); !st) {
            return st.error();
        }
    }
    return out;
}

} // namespace wp::exchange
