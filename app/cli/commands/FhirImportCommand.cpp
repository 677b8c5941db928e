#include "FhirImportCommand.h"

#include "CliSession.h"
#include "fhir/FhirSettings.h"
#include "fhirimport/FhirImporter.h"
#include "fhirimport/FhirReader.h"

#include <QFileInfo>

namespace wp::cli {

namespace {

/// "12 allergies" for a kind of item, in the order the summary lists them.
QStringList itemCounts(const QMap<QString, int>& counts)
{
    const QList<std::pair<QString, const char*>> kinds{
        {QStringLiteral("allergy"), QT_TRANSLATE_NOOP("FhirImportCommand", "%n allergy(ies)")},
        {QStringLiteral("problem"), QT_TRANSLATE_NOOP("FhirImportCommand", "%n problem(s)")},
        {QStringLiteral("medication"), QT_TRANSLATE_NOOP("FhirImportCommand", "%n medication(s) to confirm")},
        {QStringLiteral("observation"), QT_TRANSLATE_NOOP("FhirImportCommand", "%n chart observation(s)")},
        {QStringLiteral("vital_sign"), QT_TRANSLATE_NOOP("FhirImportCommand", "%n other vital sign set(s)")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("FhirImportCommand", "%n result(s)")},
        {QStringLiteral("alert"), QT_TRANSLATE_NOOP("FhirImportCommand", "%n alert(s)")},
        {QStringLiteral("procedure"), QT_TRANSLATE_NOOP("FhirImportCommand", "%n procedure(s)")},
        {QStringLiteral("immunization"), QT_TRANSLATE_NOOP("FhirImportCommand", "%n immunization(s)")},
        {QStringLiteral("code_status"), QT_TRANSLATE_NOOP("FhirImportCommand", "%n code status(es)")},
    };
    QStringList parts;
    for (const auto& [kind, text] : kinds) {
        if (const int n = counts.value(kind); n > 0) {
            parts << QCoreApplication::translate("FhirImportCommand", text, nullptr, n);
        }
    }
    return parts;
}

} // namespace

QString FhirImportCommand::summary() const
{
    return tr("Import the hospital's pre-attack record (FHIR R4 Bundles or Bulk Data NDJSON folders); all or "
              "nothing.");
}

int FhirImportCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Read and match everything and say what would be imported; write nothing.")});
    parser.addOption({QStringLiteral("ward"),
                      tr("Ward for new patients whose hospital ward is not on this laptop."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("accept-matches"),
                      tr("Take likely matches (same names and birth date) as the same patients; they are "
                         "skipped otherwise.")});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 tr("FHIR JSON Bundles or folders of Bulk Data NDJSON files"),
                                 QStringLiteral("PATH..."));
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        return fail(io, tr("Give at least one FHIR file or Bulk Data folder."));
    }
    for (const QString& path : paths) {
        if (!QFileInfo::exists(path)) {
            return fail(io, tr("%1 does not exist.").arg(path));
        }
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    // Read everything before writing anything: a defect anywhere refuses the whole import.
    auto snapshot = fhirimport::FhirReader(fhir::FhirSettings(**ws).ippSystem()).read(paths);
    if (!snapshot) {
        return fail(io, snapshot.error(), ErrorSource::InputFile);
    }
    fhirimport::FhirImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.defaultWard = parser.value(QStringLiteral("ward"));
    options.acceptMatches = parser.isSet(QStringLiteral("accept-matches"));
    const auto forms = CliSession::loadForms(**ws, io);
    auto report = fhirimport::FhirImporter(**ws, forms).importSnapshot(*snapshot, options);
    if (!report) {
        return fail(io, report.error(), ErrorSource::InputFile);
    }
    for (const QString& w : report->warnings) {
        io.err << w << '\n';
    }
    for (const QString& m : report->likelyMatchesSkipped) {
        io.err << tr("Likely match, not imported: %1").arg(m) << '\n';
    }
    io.err.flush();
    io.out << tr("Hospital record as of %1 (%2).")
                  .arg(report->snapshotAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       report->snapshotBasis)
           << '\n';
    const int patients = report->patientsNew + report->patientsMatched;
    QStringList parts{tr("%n patient(s) (%1 new, %2 matched)", nullptr, patients)
                          .arg(report->patientsNew)
                          .arg(report->patientsMatched)};
    parts << itemCounts(report->imported);
    io.out << (options.dryRun ? tr("Would import: %1.") : tr("Imported: %1."))
                  .arg(parts.join(QStringLiteral(", ")))
           << '\n';
    if (const int present = report->itemsAlreadyPresent(); present > 0) {
        io.out
            << tr("Already present: %1.").arg(itemCounts(report->alreadyPresent).join(QStringLiteral(", ")))
            << '\n';
    }
    if (!report->notImported.isEmpty()) {
        QStringList left;
        for (auto it = report->notImported.cbegin(); it != report->notImported.cend(); ++it) {
            left << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        }
        io.out << tr("Not imported: %1.").arg(left.join(QStringLiteral(", "))) << '\n';
    }
    if (!report->likelyMatchesSkipped.isEmpty()) {
        io.out << tr("Likely matches skipped: %1 (see above; confirm them, or give --accept-matches).")
                      .arg(report->likelyMatchesSkipped.size())
               << '\n';
    }
    io.out.flush();
    return ExitOk;
}

} // namespace wp::cli
