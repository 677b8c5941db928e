#include "TheatreSql.h"

#include "patients/PatientService.h"

namespace wp::theatre {

Status TheatreSql::run(db::Database& db, const QString& sql, const QVariantList& params)
{
    auto st = db.prepare(sql);
    if (!st) {
        return st.error();
    }
    for (int i = 0; i < params.size(); ++i) {
        st->bindVariant(i + 1, params[i]);
    }
    return st->exec();
}

QString TheatreSql::linkedPatient(Workspace& ws, const QString& ref)
{
    if (ref.isEmpty()) {
        return {};
    }
    auto p = PatientService(ws).findByNumber(ref);
    return p ? p->id : QString();
}

} // namespace wp::theatre
