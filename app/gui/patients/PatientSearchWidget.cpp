#include "PatientSearchWidget.h"

#include "PatientListModel.h"
#include "clinical/DowntimeNumber.h"
#include "patients/PatientService.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace wp::gui {

PatientSearchWidget::PatientSearchWidget(Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("patientSearch"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("patientSearchField"));
    m_field->setPlaceholderText(tr("Name, downtime number, IPP or bed…"));
    m_field->setClearButtonEnabled(true);
    layout->addWidget(m_field);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("patientSearchMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    layout->addWidget(m_message);
    m_model = new PatientListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("patientSearchResults"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(PatientListModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PatientListModel::Born, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PatientListModel::Number, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PatientSearchWidget::searchNow);
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        // Enter on a single match opens it: number typed or scanned, patient found.
        if (m_model->rowCount() == 1) {
            emit patientActivated(m_model->patientAt(0)->id);
        } else if (m_model->rowCount() > 1) {
            m_view->setFocus();
        }
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const auto* p = m_model->patientAt(index.row())) {
            emit patientActivated(p->id);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const auto* p = m_model->patientAt(current.row());
                emit currentPatientChanged(p ? p->id : QString());
            });
}

QString PatientSearchWidget::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString PatientSearchWidget::currentPatientId() const
{
    const auto* p = m_model->patientAt(m_view->currentIndex().row());
    return p ? p->id : QString();
}

void PatientSearchWidget::searchNow()
{
    m_debounce.stop();
    const QString text = m_field->text().trimmed();
    // Something shaped like a downtime number (code, six digits, check) is checked first:
    // a typo must be refused with its reason, not answered by "no patient".
    static const QRegularExpression numberShape(
        QStringLiteral("^[A-Za-z0-9]{2,6}[- ]?\\d{6}[- ]?[A-Za-z0-9]$"));
    if (numberShape.match(text).hasMatch() && text.contains(QRegularExpression(QStringLiteral("[A-Za-z]")))) {
        if (auto parsed = clinical::DowntimeNumber::parse(text); !parsed) {
            m_model->setPatients({}, m_ws.clock().now().date());
            m_message->setText(parsed.errorMessage());
            m_message->show();
            return;
        }
    }
    auto found = PatientService(m_ws).search(text, 50);
    if (!found) {
        m_model->setPatients({}, m_ws.clock().now().date());
        m_message->setText(found.errorMessage());
        m_message->show();
        return;
    }
    m_message->hide();
    m_model->setPatients(*found, m_ws.clock().now().toLocalTime().date());
    if (m_model->rowCount() > 0) {
        m_view->selectRow(0);
    }
}

} // namespace wp::gui
