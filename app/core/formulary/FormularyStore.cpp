#include "FormularyStore.h"

#include "FormularyCsv.h"
#include "Transaction.h"
#include "audit/AuditLog.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace wp::medication {

Result<Formulary> FormularyStore::load()
{
    auto st = m_ws.db().prepare(QStringLiteral("SELECT data FROM formulary_drug ORDER BY position"));
    if (!st) {
        return st.error();
    }
    auto drugs = st->all<FormularyDrug>([](db::Statement& s) {
        return FormularyDrug::fromJson(QJsonDocument::fromJson(s.text(0).toUtf8()).object());
    });
    if (!drugs) {
        return drugs.error();
    }
    return Formulary(*drugs);
}

Result<FormularyImportReport> FormularyStore::importFile(const QString& path, bool dryRun)
{
    if (auto st = m_ws.require(Permission::ConfigureSite); !st) {
        return st.error();
    }
    auto drugs = FormularyCsv::parseFile(path);
    if (!drugs) {
        return drugs.error();
    }
    return replace(*drugs, QFileInfo(path).fileName(), dryRun);
}

Result<FormularyImportReport> FormularyStore::importData(const QByteArray& data, const QString& fileName,
                                                         bool dryRun)
{
    if (auto st = m_ws.require(Permission::ConfigureSite); !st) {
        return st.error();
    }
    auto drugs = FormularyCsv::parseData(data, fileName);
    if (!drugs) {
        return drugs.error();
    }
    return replace(*drugs, QFileInfo(fileName).fileName(), dryRun);
}

Result<FormularyImportReport> FormularyStore::replace(const QList<FormularyDrug>& drugs,
                                                      const QString& source, bool dryRun)
{
    if (auto st = m_ws.require(Permission::ConfigureSite); !st) {
        return st.error();
    }
    auto previous = load();
    if (!previous) {
        return previous.error();
    }
    FormularyImportReport report;
    QSet<QString> codes;
    for (const auto& d : drugs) {
        ++report.drugs;
        report.highRisk += d.highRisk ? 1 : 0;
        codes.insert(d.code);
        const FormularyDrug* before = previous->drug(d.code);
        if (!before) {
            ++report.added;
        } else if (before->toJson() != d.toJson()) {
            ++report.changed;
        }
    }
    for (const auto& d : previous->drugs()) {
        report.removed += codes.contains(d.code) ? 0 : 1;
    }
    if (dryRun) {
        return report;
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = m_ws.db().exec(QStringLiteral("DELETE FROM formulary_drug")); !st) {
        return st.error();
    }
    auto ins = m_ws.db().prepare(
        QStringLiteral("INSERT INTO formulary_drug(code, position, data) VALUES (?1, ?2, ?3)"));
    if (!ins) {
        return ins.error();
    }
    int position = 0;
    for (const auto& d : drugs) {
        ins->reset();
        ins->bind(1, d.code)
            .bind(2, ++position)
            .bind(3, QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact)));
        if (auto st = ins->exec(); !st) {
            return st.error();
        }
    }
    const QString detail = tr("%1: %2 drug(s), %3 added, %4 removed, %5 changed")
                               .arg(source)
                               .arg(report.drugs)
                               .arg(report.added)
                               .arg(report.removed)
                               .arg(report.changed);
    if (auto st = AuditLog(m_ws).append(QStringLiteral("formulary.import"), QStringLiteral("formulary"),
                                        source, detail);
        !st) {
        return st.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return report;
}

} // namespace wp::medication
