#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

class QAbstractButton;
class QMenu;
class QTimer;
class QWidget;

namespace wp {
class Workspace;
namespace gui {
class MainWindow;
}
} // namespace wp

namespace wp::test {

/// Drives the real main window like a curious new user: every sidebar page and every tab
/// in it, every enabled button, toolbar and menu action, and the context menu of selected
/// rows, then cancels or closes whatever opened (modal dialogs, popups, new windows, the
/// lock screen). It records what should never happen: Qt warnings about null objects or
/// bad connections, mnemonic clashes, and patient dialogs without an identity band.
class GuiWalker : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /// Audit the mnemonics of every window, dialog and menu met.
        bool auditMnemonics = true;
        /// Dialog classes (metaObject()->className()) that concern a patient and must show
        /// a visible widget named "patientIdentityBand".
        QStringList identityBandDialogs;
    };

    GuiWalker(Workspace& ws, Options options);
    ~GuiWalker() override;

    /// Logs `login` in (with `password` for the lock screen) and walks a fresh main window.
    void walk(const QString& login, const QString& password);

    /// The checks made on every dialog or window met: mnemonics and the identity band.
    void inspect(QWidget* window);

    int pagesVisited() const { return m_pages; }
    int actionsTriggered() const { return m_actions; }
    int dialogsClosed() const { return m_dialogs; }
    /// Qt warnings that point at a bug, and patient dialogs without an identity band.
    QStringList problems() const { return m_problems; }
    QStringList mnemonicClashes() const { return QStringList(m_clashes.begin(), m_clashes.end()); }
    /// How many times each dialog class was opened.
    QHash<QString, int> dialogClasses() const { return m_dialogClasses; }

private:
    void visitPage(int page);
    void visitArea(QWidget* area, const QString& where);
    void exercise(QWidget* area, const QString& where);
    void click(QAbstractButton* button, const QString& where);
    void triggerMenu(QMenu* menu, const QString& where);
    void exploreContextMenu(const std::function<void()>& open, const QString& where);
    /// After each action: unlock, close new windows, come back to the page being walked.
    void settle();
    void restore();
    void watch();
    void handleWindow(QWidget* window);
    void handlePopup(QMenu* menu);
    void audit(QWidget* window, const QString& where);
    void unlock();
    QString describe(QWidget* w) const;

    Workspace& m_ws;
    Options m_options;
    gui::MainWindow* m_window = nullptr;
    QString m_login;
    QString m_password;
    QTimer* m_watcher = nullptr;
    QSet<QWidget*> m_baseline;
    QSet<QMenu*> m_menusDone;
    int m_currentPage = 0;
    /// The tabs chosen on the way to the area being walked, to come back to after an action.
    QList<std::pair<QPointer<QWidget>, int>> m_path;
    int m_menuPlan = -1;
    int m_menuSize = -1;
    int m_pages = 0;
    int m_actions = 0;
    int m_dialogs = 0;
    QStringList m_problems;
    QSet<QString> m_clashes;
    QHash<QString, int> m_dialogClasses;
};

} // namespace wp::test
