#include "ImportDialog.h"

#include "FhirImportDialog.h"

#include "wardcsv/CensusImporter.h"
#include "wardcsv/ObservationCsv.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wp::gui {

ImportDialog::ImportDialog(Workspace& ws, const clinical::FormRegistry& forms, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_forms(forms)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a ward file"));
    auto* layout = new QVBoxLayout(this);
    auto* kinds = new QHBoxLayout;
    m_kind = new QButtonGroup(this);
    auto* census = new QRadioButton(tr("&Census (census.csv: patients present)"), this);
    census->setObjectName(QStringLiteral("importCensus"));
    auto* observations = new QRadioButton(tr("&Observations (observations.csv)"), this);
    observations->setObjectName(QStringLiteral("importObservations"));
    m_kind->addButton(census, static_cast<int>(Kind::Census));
    m_kind->addButton(observations, static_cast<int>(Kind::Observations));
    census->setChecked(true);
    kinds->addWidget(census);
    kinds->addWidget(observations);
    kinds->addStretch(1);
    // The hospital record is not a ward file: it has its own two-step dialog.
    auto* hospital = new QPushButton(tr("Hospital &record (FHIR)…"), this);
    hospital->setObjectName(QStringLiteral("importHospitalRecord"));
    kinds->addWidget(hospital);
    layout->addLayout(kinds);
    connect(hospital, &QPushButton::clicked, this, [this] {
        FhirImportDialog dialog(m_ws, m_forms, this);
        dialog.setDefaultWard(m_currentWard);
        connect(&dialog, &FhirImportDialog::imported, this, &ImportDialog::imported);
        dialog.exec();
    });

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto* browse = new QPushButton(tr("C&hoose…"), this);
    auto* previewButton = new QPushButton(tr("&Preview"), this);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(previewButton);
    layout->addLayout(fileRow);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    layout->addWidget(m_preview, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("confirmImportButton"));
    m_import->setEnabled(false);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A preview is only valid for the file and kind it was made for.
    connect(m_file, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); });
    connect(m_kind, &QButtonGroup::idClicked, this, [this] { m_import->setEnabled(false); });
    resize(720, 460);
}

ImportDialog::Kind ImportDialog::kind() const
{
    return static_cast<Kind>(m_kind->checkedId());
}

void ImportDialog::setKind(Kind k)
{
    m_kind->button(static_cast<int>(k))->setChecked(true);
    m_import->setEnabled(false);
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
}

QString ImportDialog::previewText() const
{
    return m_previewText;
}

bool ImportDialog::canImport() const
{
    return m_import->isEnabled();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the CSV file"), m_file->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(path);
        preview();
    }
}

bool ImportDialog::preview()
{
    const QString path = m_file->text().trimmed();
    Result<ImportReport> report = Error();
    if (kind() == Kind::Census) {
        report = CensusImporter(m_ws).importFile(path, true);
    } else {
        report = ObservationCsv(m_ws, m_forms).importFile(path, true);
    }
    if (!report) {
        m_previewText =
            tr("This file cannot be imported; nothing was written. Correct it and preview again:") +
            QLatin1Char('\n') + report.errorMessage();
        m_preview->setPlainText(m_previewText);
        m_preview->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_import->setEnabled(false);
        return false;
    }
    QStringList lines;
    lines << (kind() == Kind::Census
                  ? tr("%n patient(s) will be registered.", nullptr, report->imported)
                  : tr("%n observation set(s) will be recorded.", nullptr, report->imported));
    if (report->alreadyPresent > 0) {
        lines << (kind() == Kind::Census ? tr("%n row(s) already present (same IPP) will be skipped.",
                                              nullptr, report->alreadyPresent)
                                         : tr("%n observation set(s) already recorded will be skipped.",
                                              nullptr, report->alreadyPresent));
    }
    if (report->identityMismatches > 0) {
        lines << tr("%n row(s) carry an IPP already given to a different identity: check them below.",
                    nullptr, report->identityMismatches);
    }
    if (!report->warnings.isEmpty()) {
        lines << QString() << tr("Check before importing:");
        for (const QString& w : report->warnings) {
            lines << QStringLiteral("• ") + w;
        }
    }
    m_previewText = lines.join(QLatin1Char('\n'));
    m_preview->setPlainText(m_previewText);
    m_preview->setStyleSheet(report->warnings.isEmpty() ? QString() : QStringLiteral("color: #b26a00;"));
    m_import->setEnabled(report->imported > 0);
    return true;
}

bool ImportDialog::import()
{
    const QString path = m_file->text().trimmed();
    Result<ImportReport> report = Error();
    if (kind() == Kind::Census) {
        report = CensusImporter(m_ws).importFile(path, false);
    } else {
        report = ObservationCsv(m_ws, m_forms).importFile(path, false);
    }
    m_import->setEnabled(false);
    if (!report) {
        m_previewText = tr("Nothing was imported:") + QLatin1Char('\n') + report.errorMessage();
        m_preview->setPlainText(m_previewText);
        m_preview->setStyleSheet(QStringLiteral("color: #c62828;"));
        return false;
    }
    QStringList lines{kind() == Kind::Census
                          ? tr("%n patient(s) registered.", nullptr, report->imported)
                          : tr("%n observation set(s) recorded.", nullptr, report->imported)};
    // What needs a second look stays on screen after the import too.
    if (!report->warnings.isEmpty()) {
        lines << QString() << tr("Check:");
        for (const QString& w : report->warnings) {
            lines << QStringLiteral("• ") + w;
        }
    }
    m_previewText = lines.join(QLatin1Char('\n'));
    m_preview->setPlainText(m_previewText);
    m_preview->setStyleSheet(report->identityMismatches > 0 ? QStringLiteral("color: #b26a00;")
                                                            : QStringLiteral("color: #2e7d32;"));
    emit imported();
    return true;
}

} // namespace wp::gui
