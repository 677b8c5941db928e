#include "ExchangePage.h"

#include "common/Ask.h"
#include "exchange/ConflictLog.h"
#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangeImporter.h"
#include "site/SiteIdentity.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wp::gui {

ExchangePage::ExchangePage(Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_folder(new QLineEdit(this)), m_passphrase(new QLineEdit(this)),
      m_forDevice(new QLineEdit(this)), m_bundles(new QListWidget(this)), m_preview(new QLabel(this)),
      m_import(new QPushButton(tr("Merge into this laptop"), this)),
      m_conflicts(new QTableWidget(0, 2, this)), m_message(new QLabel(this))
{
    m_folder->setObjectName(QStringLiteral("folder"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_forDevice->setObjectName(QStringLiteral("forDevice"));
    m_forDevice->setPlaceholderText(tr("empty: everything"));
    m_bundles->setObjectName(QStringLiteral("bundles"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(false);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setHorizontalHeaderLabels({tr("Kind"), tr("What was decided (to confirm)")});
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* choose = new QPushButton(tr("Choose the USB folder…"), this);
    auto* exportButton = new QPushButton(tr("Write a bundle"), this);
    exportButton->setObjectName(QStringLiteral("export"));
    auto* previewButton = new QPushButton(tr("See what it would merge"), this);
    previewButton->setObjectName(QStringLiteral("previewButton"));

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto* form = new QFormLayout;
    form->addRow(tr("USB folder"), folderRow);
    form->addRow(tr("Passphrase (same on both laptops)"), m_passphrase);

    auto* exportBox = new QGroupBox(tr("Send to another laptop"), this);
    auto* exportForm = new QFormLayout(exportBox);
    exportForm->addRow(tr("Only what this laptop has not had yet (its code)"), m_forDevice);
    exportForm->addRow(exportButton);

    auto* importBox = new QGroupBox(tr("Receive from another laptop"), this);
    auto* importLayout = new QVBoxLayout(importBox);
    importLayout->addWidget(m_bundles);
    auto* importButtons = new QHBoxLayout;
    importButtons->addWidget(previewButton);
    importButtons->addWidget(m_import);
    importButtons->addStretch();
    importLayout->addLayout(importButtons);
    importLayout->addWidget(m_preview);

    auto* conflictsBox = new QGroupBox(tr("Conflicts and possible duplicates to confirm"), this);
    auto* conflictsLayout = new QVBoxLayout(conflictsBox);
    conflictsLayout->addWidget(m_conflicts);
    auto* resolveRow = new QHBoxLayout;
    const std::pair<QString, QString> decisions[] = {
        {QStringLiteral("confirmed"), tr("Confirm the decision")},
        {QStringLiteral("merged"), tr("Same person")},
        {QStringLiteral("distinct"), tr("Not the same person")}};
    for (const auto& [code, label] : decisions) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("resolve-") + code);
        connect(button, &QPushButton::clicked, this,
                [this, resolution = code] { resolveSelected(resolution); });
        resolveRow->addWidget(button);
    }
    resolveRow->addStretch();
    conflictsLayout->addLayout(resolveRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(exportBox);
    layout->addWidget(importBox);
    layout->addWidget(conflictsBox, 1);

    connect(choose, &QPushButton::clicked, this, &ExchangePage::chooseFolder);
    connect(exportButton, &QPushButton::clicked, this, &ExchangePage::exportBundle);
    connect(previewButton, &QPushButton::clicked, this, &ExchangePage::previewSelected);
    connect(m_import, &QPushButton::clicked, this, &ExchangePage::importSelected);
    connect(m_folder, &QLineEdit::editingFinished, this, &ExchangePage::refreshBundles);
    connect(m_bundles, &QListWidget::currentRowChanged, this, [this] {
        // A preview is only valid for the file it was made for.
        m_import->setEnabled(false);
        m_preview->clear();
    });
    refreshConflicts();
}

void ExchangePage::setFolder(const QString& folder)
{
    m_folder->setText(folder);
    refreshBundles();
}

QString ExchangePage::folder() const
{
    return m_folder->text();
}

QString ExchangePage::message() const
{
    return m_message->text();
}

void ExchangePage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold")
                                   : QStringLiteral("color: #1b5e20"));
}

void ExchangePage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("USB folder"), m_folder->text());
    if (!dir.isEmpty()) {
        setFolder(dir);
    }
}

QString ExchangePage::selectedFile() const
{
    const auto* item = m_bundles->currentItem();
    return item ? QDir(m_folder->text()).filePath(item->text()) : QString();
}

void ExchangePage::refreshBundles()
{
    m_bundles->clear();
    const QDir dir(m_folder->text());
    if (m_folder->text().isEmpty() || !dir.exists()) {
        return;
    }
    m_bundles->addItems(dir.entryList({QStringLiteral("*.wpb")}, QDir::Files, QDir::Time));
}

void ExchangePage::exportBundle()
{
    if (m_folder->text().isEmpty() || !QDir(m_folder->text()).exists()) {
        showMessage(tr("Choose the USB folder first."), true);
        return;
    }
    const QString name =
        QStringLiteral("whiteplan-%1-%2.wpb")
            .arg(m_ws.deviceCode(), m_ws.clock().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    exchange::ExportOptions options;
    options.forDevice = m_forDevice->text();
    auto summary = exchange::ExchangeExporter(m_ws).exportTo(QDir(m_folder->text()).filePath(name),
                                                             m_passphrase->text().toUtf8(), options);
    if (!summary) {
        showMessage(summary.errorMessage(), true);
        return;
    }
    showMessage(tr("Bundle %1 written: %2 record versions. Take the USB stick to the other laptop.")
                    .arg(name)
                    .arg(summary->records),
                false);
    refreshBundles();
}

void ExchangePage::previewSelected()
{
    const QString file = selectedFile();
    if (file.isEmpty()) {
        showMessage(tr("Choose a bundle in the list."), true);
        return;
    }
    auto summary = exchange::ExchangeImporter(m_ws).preview(file, m_passphrase->text().toUtf8());
    if (!summary) {
        showMessage(summary.errorMessage(), true);
        m_import->setEnabled(false);
        return;
    }
    QString text = tr("From laptop %1: %2 new record versions (of %3), %4 new users, %5 new wards. After the "
                      "merge: %6 conflicts and %7 possible duplicates to confirm.")
                       .arg(summary->senderDevice)
                       .arg(summary->newRecords)
                       .arg(summary->records)
                       .arg(summary->newUsers)
                       .arg(summary->newWards)
                       .arg(summary->conflicts)
                       .arg(summary->duplicates);
    for (const QString& warning : summary->warnings) {
        text += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
    }
    m_preview->setText(text);
    m_previewed = *summary;
    m_previewedFile = file;
    m_import->setEnabled(true);
    showMessage(tr("Nothing has changed yet: check the preview, then merge."), false);
}

void ExchangePage::importSelected()
{
    if (m_previewedFile.isEmpty() || m_previewedFile != selectedFile()) {
        m_import->setEnabled(false);
        return;
    }
    exchange::ImportOptions options;
    auto me = SiteIdentity::of(m_ws.db());
    if (me && !me->sameHospitalAs({m_previewed.hospitalId, m_previewed.hospital, {}, {}})) {
        // Nothing of another hospital mixes in without an administrator saying so here.
        const auto answer = Ask::question(
            this, tr("Bundle from another hospital"),
            tr("This bundle comes from another hospital: %1. Accept it as a transfer of that hospital's "
               "patients into %2? Its users are not added, and the transfer is recorded under your name.")
                .arg(m_previewed.hospital, me->hospitalName),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            showMessage(tr("Nothing was imported: the bundle comes from another hospital."), true);
            return;
        }
        options.acceptTransferFrom = m_previewed.hospital;
    }
    auto summary =
        exchange::ExchangeImporter(m_ws).importFile(m_previewedFile, m_passphrase->text().toUtf8(), options);
    m_import->setEnabled(false);
    if (!summary) {
        showMessage(summary.errorMessage(), true);
        return;
    }
    showMessage(
        tr("Merged: %1 new record versions from %2.").arg(summary->newRecords).arg(summary->senderDevice),
        false);
    m_preview->clear();
    refreshConflicts();
    emit dataImported();
}

void ExchangePage::refreshConflicts()
{
    auto list = exchange::ConflictLog(m_ws).list();
    m_conflicts->setRowCount(0);
    if (!list) {
        showMessage(list.errorMessage(), true);
        return;
    }
    m_conflicts->setRowCount(static_cast<int>(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        auto* kind = new QTableWidgetItem(list->at(row).kind);
        kind->setData(Qt::UserRole, list->at(row).id);
        m_conflicts->setItem(row, 0, kind);
        m_conflicts->setItem(row, 1, new QTableWidgetItem(list->at(row).detail));
    }
}

void ExchangePage::resolveSelected(const QString& resolution)
{
    const auto* item = m_conflicts->item(m_conflicts->currentRow(), 0);
    if (!item) {
        showMessage(tr("Choose a line in the table."), true);
        return;
    }
    if (auto st = exchange::ConflictLog(m_ws).resolve(item->data(Qt::UserRole).toString(), resolution); !st) {
        showMessage(st.errorMessage(), true);
        return;
    }
    showMessage(tr("Recorded."), false);
    refreshConflicts();
}

} // namespace wp::gui
