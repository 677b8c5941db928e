#include "FhirImportDialog.h"

#include "fhir/FhirSettings.h"
#include "fhirimport/FhirImporter.h"
#include "fhirimport/FhirReader.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wp::gui {

namespace {

QString countsLine(const QMap<QString, int>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

FhirImportDialog::FhirImportDialog(Workspace& ws, const clinical::FormRegistry& forms, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_forms(forms)
{
    setWindowTitle(tr("Import the hospital record (FHIR)"));
    auto* layout = new QVBoxLayout(this);

    auto* row = new QHBoxLayout;
    m_paths = new QLineEdit(this);
    m_paths->setObjectName(QStringLiteral("fhirPaths"));
    m_paths->setPlaceholderText(tr("FHIR files or a Bulk Data folder; several separated by ;"));
    auto* files = new QPushButton(tr("&Files…"), this);
    auto* folder = new QPushButton(tr("F&older…"), this);
    auto* previewButton = new QPushButton(tr("&Preview"), this);
    previewButton->setObjectName(QStringLiteral("fhirPreviewButton"));
    row->addWidget(new QLabel(tr("Read:"), this));
    row->addWidget(m_paths, 1);
    row->addWidget(files);
    row->addWidget(folder);
    row->addWidget(previewButton);
    layout->addLayout(row);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("fhirPreview"));
    layout->addWidget(m_preview, 1);

    m_acceptMatches = new QCheckBox(tr("Accept likely matches (same names and birth date)"), this);
    m_acceptMatches->setObjectName(QStringLiteral("fhirAcceptMatches"));
    m_acceptMatches->setVisible(false);
    layout->addWidget(m_acceptMatches);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("fhirImportButton"));
    m_import->setEnabled(false);
    layout->addWidget(buttons);

    connect(files, &QPushButton::clicked, this, [this] {
        const QStringList chosen = QFileDialog::getOpenFileNames(
            this, tr("Hospital record files"), QString(), tr("FHIR JSON (*.json *.ndjson);;All files (*)"));
        if (!chosen.isEmpty()) {
            setPaths(chosen);
        }
    });
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Bulk Data folder"));
        if (!chosen.isEmpty()) {
            setPaths({chosen});
        }
    });
    connect(previewButton, &QPushButton::clicked, this, &FhirImportDialog::preview);
    connect(m_import, &QPushButton::clicked, this, &FhirImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A changed choice must be previewed again before it can be imported.
    connect(m_paths, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); });
    connect(m_acceptMatches, &QCheckBox::toggled, this, [this] { m_import->setEnabled(false); });
    resize(720, 480);
}

void FhirImportDialog::setPaths(const QStringList& paths)
{
    m_paths->setText(paths.join(QLatin1Char(';')));
}

QStringList FhirImportDialog::paths() const
{
    QStringList out;
    for (const QString& p : m_paths->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty()) {
            out << p.trimmed();
        }
    }
    return out;
}

QString FhirImportDialog::previewText() const
{
    return m_previewText;
}

bool FhirImportDialog::canImport() const
{
    return m_import->isEnabled();
}

void FhirImportDialog::setAcceptMatches(bool accept)
{
    m_acceptMatches->setChecked(accept);
}

Result<fhirimport::FhirImportReport> FhirImportDialog::run(bool dryRun)
{
    // The reader and importer have no progress hook: a busy cursor is all we can show.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto snapshot = fhirimport::FhirReader(fhir::FhirSettings(m_ws).ippSystem()).read(paths());
    if (!snapshot) {
        QApplication::restoreOverrideCursor();
        return snapshot.error();
    }
    fhirimport::FhirImportOptions options;
    options.dryRun = dryRun;
    options.acceptMatches = m_acceptMatches->isChecked();
    auto report = fhirimport::FhirImporter(m_ws, m_forms).importSnapshot(*snapshot, options);
    QApplication::restoreOverrideCursor();
    return report;
}

QString FhirImportDialog::describe(const fhirimport::FhirImportReport& report, bool dryRun) const
{
    QStringList lines;
    const qint64 hours = report.snapshotAt.secsTo(m_ws.clock().now()) / 3600;
    lines << tr("Hospital record as of %1 (%2 h old; %3).")
                 .arg(report.snapshotAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")))
                 .arg(hours)
                 .arg(report.snapshotBasis);
    lines << (dryRun ? tr("Would import: %1 new patient(s), %2 matched.")
                     : tr("Imported: %1 new patient(s), %2 matched."))
                 .arg(report.patientsNew)
                 .arg(report.patientsMatched);
    if (!report.imported.isEmpty()) {
        lines << tr("Items: %1.").arg(countsLine(report.imported));
    }
    if (!report.alreadyPresent.isEmpty()) {
        lines << tr("Already on this laptop: %1.").arg(countsLine(report.alreadyPresent));
    }
    if (!report.notImported.isEmpty()) {
        lines << tr("Not imported: %1.").arg(countsLine(report.notImported));
    }
    for (const QString& m : report.likelyMatchesSkipped) {
        lines << tr("Likely match, not imported: %1").arg(m);
    }
    lines << report.warnings;
    return lines.join(QLatin1Char('\n'));
}

bool FhirImportDialog::preview()
{
    m_import->setEnabled(false);
    if (paths().isEmpty()) {
        m_previewText = tr("Choose the hospital record's files or folder first.");
        m_preview->setPlainText(m_previewText);
        return false;
    }
    auto report = run(true);
    if (!report) {
        m_previewText = tr("Cannot import: %1").arg(report.error().message);
        m_preview->setPlainText(m_previewText);
        return false;
    }
    m_previewText = describe(*report, true);
    m_preview->setPlainText(m_previewText);
    const bool hasMatches = !report->likelyMatchesSkipped.isEmpty() || m_acceptMatches->isChecked();
    m_acceptMatches->setVisible(hasMatches);
    m_import->setEnabled(true);
    return true;
}

bool FhirImportDialog::import()
{
    if (!m_import->isEnabled()) {
        return false;
    }
    auto report = run(false);
    m_import->setEnabled(false);
    if (!report) {
        m_previewText = tr("Nothing was imported: %1").arg(report.error().message);
        m_preview->setPlainText(m_previewText);
        return false;
    }
    m_previewText = describe(*report, false);
    m_preview->setPlainText(m_previewText);
    emit imported();
    return true;
}

} // namespace wp::gui
