#pragma once

#include "Result.h"
#include "site/SiteSetup.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace wp {
class Workspace;
}

namespace wp::gui {

/// First run on a laptop: the hospital, its wards, this laptop's device code and
/// downtime-number range, and the first administrator. Or, with one button, the demo
/// hospital. The dialog writes nothing until everything is valid.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    using DemoFactory = std::function<Status(Workspace&)>;

    explicit FirstRunDialog(Workspace& ws, QWidget* parent = nullptr);

    /// Shows the "Create the demo hospital" button, which calls `factory`.
    void setDemoFactory(DemoFactory factory);
    bool createdDemo() const { return m_createdDemo; }

    /// What the form currently says (empty ward rows left out).
    SiteSetup setup() const;
    /// The first problem with the form, or an empty string when it can be saved.
    QString problem() const;

    /// "12" means beds 1 to 12; otherwise labels separated by commas.
    static QStringList parseBeds(const QString& text);

public slots:
    void addWard();
    void removeSelectedWard();
    void accept() override;

private slots:
    void revalidate();
    void createDemo();

private:
    QWidget* buildHospitalBox();
    QWidget* buildLaptopBox();
    QWidget* buildAdminBox();

    Workspace& m_ws;
    DemoFactory m_demoFactory;
    bool m_createdDemo = false;

    QLineEdit* m_hospital = nullptr;
    QLineEdit* m_hospitalId = nullptr;
    QTableWidget* m_wards = nullptr;
    QLineEdit* m_deviceCode = nullptr;
    QSpinBox* m_rangeFirst = nullptr;
    QSpinBox* m_rangeLast = nullptr;
    QLineEdit* m_adminLogin = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_demo = nullptr;
};

} // namespace wp::gui
