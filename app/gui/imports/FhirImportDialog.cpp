#include "FhirImportDialog.h"

#include "fhir/FhirSettings.h"
#include "fhirimport/FhirImporter.h"
#include "fhirimport/FhirReader.h"
#include "site/SiteService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
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

/// How often a long import repaints and reads clicks: often enough for Cancel to answer at
/// once, rarely enough not to slow a million-resource import.
constexpr qint64 repaintMs = 50;

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

    auto* wardRow = new QHBoxLayout;
    m_ward = new QComboBox(this);
    m_ward->setObjectName(QStringLiteral("fhirWard"));
    auto* wardLabel = new QLabel(tr("Patients without a bed in the record go to &ward:"), this);
    wardLabel->setBuddy(m_ward);
    wardRow->addWidget(wardLabel);
    wardRow->addWidget(m_ward, 1);
    layout->addLayout(wardRow);
    loadWards();

    m_acceptMatches = new QCheckBox(tr("Accept likely matches (same names and birth date)"), this);
    m_acceptMatches->setObjectName(QStringLiteral("fhirAcceptMatches"));
    m_acceptMatches->setVisible(false);
    layout->addWidget(m_acceptMatches);

    auto* progressRow = new QHBoxLayout;
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("fhirProgressLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fhirProgress"));
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("fhirCancelButton"));
    m_cancel->setToolTip(tr("Stops reading or importing; a cancelled import writes nothing."));
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    for (QWidget* w : {static_cast<QWidget*>(m_progressLabel), static_cast<QWidget*>(m_progress),
                       static_cast<QWidget*>(m_cancel)}) {
        w->setVisible(false);
    }

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
    m_inputs = {m_paths, files, folder, previewButton, m_ward, m_acceptMatches};
    connect(m_cancel, &QPushButton::clicked, this, &FhirImportDialog::cancel);
    connect(previewButton, &QPushButton::clicked, this, &FhirImportDialog::preview);
    connect(m_import, &QPushButton::clicked, this, &FhirImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A changed choice must be previewed again before it can be imported.
    connect(m_paths, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); });
    connect(m_acceptMatches, &QCheckBox::toggled, this, [this] { m_import->setEnabled(false); });
    connect(m_ward, &QComboBox::currentIndexChanged, this, [this] { m_import->setEnabled(false); });
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

void FhirImportDialog::loadWards()
{
    m_ward->clear();
    auto wards = SiteService(m_ws).wards();
    if (wards) {
        for (const Ward& w : *wards) {
            m_ward->addItem(QStringLiteral("%1 — %2").arg(w.code, w.name), w.code);
        }
    }
    // Last, so that a laptop's own ward is the first choice.
    m_ward->addItem(tr("None: register them without a bed"), QString());
    m_ward->setCurrentIndex(m_ward->count() - 1);
}

void FhirImportDialog::setDefaultWard(const QString& wardCode)
{
    const int index = wardCode.isEmpty() ? -1 : m_ward->findData(wardCode);
    m_ward->setCurrentIndex(index >= 0 ? index : m_ward->count() - 1);
}

QString FhirImportDialog::defaultWard() const
{
    return m_ward->currentData().toString();
}

void FhirImportDialog::cancel()
{
    if (m_busy) {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
    }
}

void FhirImportDialog::reject()
{
    if (m_busy) {
        // The core returns at its next step; the run then closes the dialog.
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void FhirImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : std::as_const(m_inputs)) {
        w->setEnabled(!busy);
    }
    if (busy) {
        m_cancelRequested = false;
        m_closeWhenDone = false;
        m_import->setEnabled(false);
        m_progress->setValue(0);
        m_cancel->setEnabled(true);
        m_sinceRepaint.start();
    }
    for (QWidget* w : {static_cast<QWidget*>(m_progressLabel), static_cast<QWidget*>(m_progress),
                       static_cast<QWidget*>(m_cancel)}) {
        w->setVisible(busy);
    }
}

bool FhirImportDialog::onProgress(Phase phase, qint64 done, qint64 total)
{
    if (!m_cancelRequested && (m_sinceRepaint.elapsed() >= repaintMs || done == 0)) {
        m_sinceRepaint.restart();
        const QLocale locale;
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        switch (phase) {
        case Phase::Reading:
            m_progressLabel->setText(tr("Reading the files: %1 of %2 MB")
                                         .arg(locale.toString(double(done) / 1e6, 'f', 1),
                                              locale.toString(double(total) / 1e6, 'f', 1)));
            break;
        case Phase::Checking:
            m_progressLabel->setText(tr("Checking what would be imported: %1 of %2 patients and items")
                                         .arg(locale.toString(done), locale.toString(total)));
            break;
        case Phase::Writing:
            m_progressLabel->setText(tr("Writing on this laptop: %1 of %2 patients and items")
                                         .arg(locale.toString(done), locale.toString(total)));
            break;
        }
        // Modal dialog: clicks reach only this window (Cancel); the rest only repaints.
        QCoreApplication::processEvents();
    }
    emit progressed(phase, done, total);
    return !m_cancelRequested;
}

Result<fhirimport::FhirImportReport> FhirImportDialog::run(bool dryRun)
{
    setBusy(true);
    auto snapshot = fhirimport::FhirReader(fhir::FhirSettings(m_ws).ippSystem())
                        .read(paths(), [this](qint64 done, qint64 total) {
                            return onProgress(Phase::Reading, done, total);
                        });
    if (!snapshot) {
        setBusy(false);
        return snapshot.error();
    }
    fhirimport::FhirImportOptions options;
    options.dryRun = dryRun;
    options.acceptMatches = m_acceptMatches->isChecked();
    options.defaultWard = defaultWard();
    const Phase phase = dryRun ? Phase::Checking : Phase::Writing;
    options.progress = [this, phase](qint64 done, qint64 total) {
        return onProgress(phase, done, total);
    };
    auto report = fhirimport::FhirImporter(m_ws, m_forms).importSnapshot(*snapshot, options);
    setBusy(false);
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
    if (const QString ward = defaultWard(); !ward.isEmpty()) {
        lines << tr("Patients without a bed in the record: ward %1.").arg(ward);
    }
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
    if (m_busy) {
        return false;
    }
    m_import->setEnabled(false);
    if (paths().isEmpty()) {
        m_previewText = tr("Choose the hospital record's files or folder first.");
        m_preview->setPlainText(m_previewText);
        return false;
    }
    auto report = run(true);
    if (!report) {
        m_previewText = report.error().code == Error::Code::Cancelled
                            ? tr("Preview cancelled. Nothing was written.")
                            : tr("Cannot import: %1").arg(report.error().message);
        m_preview->setPlainText(m_previewText);
        if (m_closeWhenDone) {
            QDialog::reject();
        }
        return false;
    }
    m_previewText = describe(*report, true);
    m_preview->setPlainText(m_previewText);
    const bool hasMatches = !report->likelyMatchesSkipped.isEmpty() || m_acceptMatches->isChecked();
    m_acceptMatches->setVisible(hasMatches);
    m_import->setEnabled(true);
    if (m_closeWhenDone) {
        QDialog::reject();
    }
    return true;
}

bool FhirImportDialog::import()
{
    if (m_busy || !m_import->isEnabled()) {
        return false;
    }
    auto report = run(false);
    if (!report) {
        if (report.error().code == Error::Code::Cancelled) {
            // Rolled back: the preview still holds, Import may be pressed again.
            m_previewText = tr("Import cancelled. Nothing was written on this laptop.");
            m_import->setEnabled(true);
        } else {
            m_previewText = tr("Nothing was imported: %1").arg(report.error().message);
        }
        m_preview->setPlainText(m_previewText);
        if (m_closeWhenDone) {
            QDialog::reject();
        }
        return false;
    }
    m_previewText = describe(*report, false);
    m_preview->setPlainText(m_previewText);
    emit imported();
    if (m_closeWhenDone) {
        QDialog::reject(); // closed too late to cancel: the import is written
    }
    return true;
}

} // namespace wp::gui
