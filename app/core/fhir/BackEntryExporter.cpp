#include "BackEntryExporter.h"

#include "AppointmentData.h"
#include "BackEntryData.h"
#include "CsvExporter.h"
#include "FhirBundleBuilder.h"
#include "FhirSettings.h"
#include "ReconciliationChecklist.h"
#include "Transaction.h"
#include "audit/AuditLog.h"

#include "foundation/OutputFile.h"
#include <QJsonDocument>

namespace wp::fhir {

Status BackEntryExporter::audit(const QString& action, const QString& target, const QString& detail)
{
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = AuditLog(m_ws).append(action, QStringLiteral("export"), target, detail); !st) {
        return st;
    }
    return tx->commit();
}

Result<BackEntryExporter::Sources> BackEntryExporter::load()
{
    if (auto st = m_ws.require(Permission::ExportData); !st) {
        return st.error();
    }
    auto data = BackEntryData::load(m_ws);
    if (!data) {
        return data.error();
    }
    auto theatre = AppointmentData::load(m_ws);
    if (!theatre) {
        return theatre.error();
    }
    OrderExport orders = OrderExport::load(m_ws, *data);
    return Sources{std::move(*data), std::move(*theatre), std::move(orders)};
}

FhirBundle BackEntryExporter::bundleOf(const Sources& sources)
{
    FhirBundleBuilder builder(FhirSettings(m_ws).ippSystem());
    return builder.build(sources.patients, m_ws.clock().now(), sources.theatre, sources.orders);
}

Result<FhirBundle> BackEntryExporter::buildFhir()
{
    auto sources = load();
    if (!sources) {
        return sources.error();
    }
    return bundleOf(*sources);
}

Result<FhirBundle> BackEntryExporter::exportFhir(const QString& file)
{
    auto bundle = buildFhir();
    if (!bundle) {
        return bundle.error();
    }
    OutputFile out(file);
    if (!out.open()) {
        return Error(tr("Cannot write %1: %2").arg(file, out.errorString()), Error::Code::Io);
    }
    out.device().write(QJsonDocument(bundle->bundle).toJson(QJsonDocument::Indented));
    if (!out.commit()) {
        return Error(tr("Cannot write %1: %2").arg(file, out.errorString()), Error::Code::Io);
    }
    QStringList counts;
    for (auto it = bundle->totals.cbegin(); it != bundle->totals.cend(); ++it) {
        counts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    }
    if (auto st = audit(QStringLiteral("export.fhir"), file, counts.join(QLatin1Char(' '))); !st) {
        return st.error();
    }
    return bundle;
}

Result<QStringList> BackEntryExporter::exportCsv(const QString& directory)
{
    auto sources = load();
    if (!sources) {
        return sources.error();
    }
    auto files = CsvExporter::write(directory, sources->patients, sources->theatre);
    if (!files) {
        return files.error();
    }
    if (auto st =
            audit(QStringLiteral("export.csv"), directory, QStringLiteral("files=%1").arg(files->size()));
        !st) {
        return st.error();
    }
    return files;
}

Result<int> BackEntryExporter::exportChecklist(const QString& file)
{
    auto sources = load();
    if (!sources) {
        return sources.error();
    }
    const FhirBundle bundle = bundleOf(*sources);
    auto pages = ReconciliationChecklist::write(file, m_ws.hospitalName(), m_ws.clock().now(),
                                                sources->patients, sources->theatre, bundle, sources->orders);
    if (!pages) {
        return pages.error();
    }
    if (auto st = audit(QStringLiteral("export.checklist"), file,
                        QStringLiteral("patients=%1 pages=%2").arg(sources->patients.size()).arg(*pages));
        !st) {
        return st.error();
    }
    return pages;
}

} // namespace wp::fhir
