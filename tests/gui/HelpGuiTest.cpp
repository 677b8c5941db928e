#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "common/UiPreferences.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideWindow.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace wp;
using wp::gui::MainWindow;
using wp::gui::UserGuideWindow;

namespace {

QAction* action(const QWidget& window, const char* name)
{
    auto* a = window.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(a);
    return a;
}

} // namespace

TEST_CASE("F1 opens the shipped user guide at the chapter of the page on screen, with its screenshots")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    MainWindow window(*ws);
    window.show();
    window.showPage(MainWindow::Page::Theatres);
    CHECK(action(window, "actionUserGuide")->shortcut() == QKeySequence(QKeySequence::HelpContents));
    action(window, "actionUserGuide")->trigger();

    auto* guide = window.findChild<UserGuideWindow*>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->currentChapter() == QStringLiteral("user-guide-theatre.md"));
    // Rendered as Markdown (a heading, not "# Theatre" as text) from the chapter in docs/.
    QFile chapter(QStringLiteral(WHITEPLAN_SOURCE_DIR "/docs/user-guide-theatre.md"));
    REQUIRE(chapter.open(QIODevice::ReadOnly));
    const QString firstLine = QString::fromUtf8(chapter.readLine()).trimmed();
    REQUIRE(firstLine.startsWith(QStringLiteral("# ")));
    const QString plain = guide->browser()->document()->toPlainText();
    CHECK(plain.startsWith(firstLine.mid(2)));

    // Every image the chapter shows is shipped with it.
    int images = 0;
    const QString markdown = guide->browser()->document()->toMarkdown();
    const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+\\.png)\\)"));
    for (auto it = image.globalMatch(markdown); it.hasNext();) {
        const QString file = it.next().captured(1);
        const QVariant loaded = guide->browser()->loadResource(QTextDocument::ImageResource, QUrl(file));
        INFO(file.toStdString());
        CHECK_FALSE(loaded.isNull());
        ++images;
    }
    CHECK(images > 0);

    // A chapter link opens that chapter inside the window; Contents brings the index back.
    guide->openChapter(QStringLiteral("user-guide-nurses.md"));
    CHECK(guide->currentChapter() == QStringLiteral("user-guide-nurses.md"));
    test::named<QPushButton>(guide, "userGuideContents")->click();
    CHECK(guide->currentChapter() == UserGuideWindow::contentsChapter());
    CHECK(guide->browser()->document()->toPlainText().contains(QStringLiteral("User guide")));
    // An unknown chapter falls back to the contents rather than an empty page.
    guide->openChapter(QStringLiteral("no-such-chapter.md"));
    CHECK(guide->currentChapter() == UserGuideWindow::contentsChapter());

    // Every page has a shipped chapter.
    for (auto page :
         {MainWindow::Page::Wards, MainWindow::Page::Patients, MainWindow::Page::Theatres,
          MainWindow::Page::Printing, MainWindow::Page::Exchange, MainWindow::Page::Administration,
          MainWindow::Page::Laboratory, MainWindow::Page::Hospital}) {
        const QString name = MainWindow::helpChapter(page);
        INFO(name.toStdString());
        CHECK(name != UserGuideWindow::contentsChapter());
        CHECK(QFile::exists(UserGuideWindow::guideRoot() + QLatin1Char('/') + name));
    }
}

TEST_CASE("The shortcut list is read from the window's actions")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    MainWindow window(*ws);
    gui::ShortcutsDialog dialog(&window);
    auto* table = dialog.table();
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        rows << table->item(r, 0)->text() + QStringLiteral(" = ") + table->item(r, 1)->text();
    }
    INFO(rows.join(QStringLiteral("; ")).toStdString());
    CHECK(rows.contains(QKeySequence(QStringLiteral("Ctrl+L")).toString(QKeySequence::NativeText) +
                        QStringLiteral(" = Lock")));
    CHECK(rows.contains(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText) +
                        QStringLiteral(" = User guide")));
    int withShortcut = 0;
    for (const QAction* a : window.findChildren<QAction*>()) {
        withShortcut += a->shortcut().isEmpty() ? 0 : 1;
    }
    CHECK(table->rowCount() == withShortcut);
}

TEST_CASE("The main window comes back at the size it was left, per laptop")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    QSize left;
    {
        MainWindow window(*ws);
        window.showRemembered();
        window.showNormal();
        window.resize(window.minimumSizeHint().expandedTo(QSize(1000, 650)) + QSize(7, 5));
        QTest::qWait(20);
        left = window.size();
        window.close();
    }
    CHECK(QFile::exists(tmp.file(gui::UiPreferences::fileName())));
    MainWindow again(*ws);
    again.showRemembered();
    QTest::qWait(20);
    CHECK_FALSE(again.isMaximized());
    CHECK(again.size() == left);

    // A damaged preferences file only brings the default back.
    again.close();
    test::writeFile(tmp.file(gui::UiPreferences::fileName()), "\x01\x02 not an ini file [[[");
    MainWindow third(*ws);
    third.showRemembered();
    CHECK(third.isVisible());
}
