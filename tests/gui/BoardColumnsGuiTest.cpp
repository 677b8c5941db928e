#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "clinical/forms/FormRegistry.h"
#include "common/UiPreferences.h"
#include "ward/BoardColumns.h"
#include "ward/WardBoardModel.h"
#include "ward/WardBoardPage.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

using namespace wp;
using gui::WardBoardModel;

namespace {

QAction* menuEntry(gui::WardBoardPage& page, int column)
{
    auto* a = page.columns()->menu()->findChild<QAction*>(QStringLiteral("showColumn%1").arg(column));
    REQUIRE(a);
    return a;
}

} // namespace

TEST_CASE("A nurse hides and moves board columns, and the board comes back so for her, not for others")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    clinical::FormRegistry forms;
    forms.reload();
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    {
        gui::WardBoardPage page(*ws, forms);
        auto* header = page.table()->horizontalHeader();
        // Bed and Patient belong to the frozen side: the menu does not offer them.
        CHECK_FALSE(page.columns()->menu()->findChild<QAction*>(
            QStringLiteral("showColumn%1").arg(int(WardBoardModel::PatientName))));
        auto* surgery = menuEntry(page, WardBoardModel::Surgery);
        CHECK(surgery->isChecked());
        surgery->setChecked(false);
        CHECK(page.table()->isColumnHidden(WardBoardModel::Surgery));
        // NEWS2 dragged to the first place of the scrolling side.
        header->moveSection(header->visualIndex(WardBoardModel::News2), 0);
        CHECK(header->logicalIndex(0) == WardBoardModel::News2);
    }
    {
        gui::WardBoardPage again(*ws, forms);
        auto* header = again.table()->horizontalHeader();
        CHECK(again.table()->isColumnHidden(WardBoardModel::Surgery));
        CHECK(header->logicalIndex(0) == WardBoardModel::News2);
        CHECK_FALSE(menuEntry(again, WardBoardModel::Surgery)->isChecked());
        // The frozen columns stay where they are.
        CHECK(again.frozenTable()->isColumnHidden(WardBoardModel::Surgery));
        CHECK_FALSE(again.frozenTable()->isColumnHidden(WardBoardModel::PatientName));
    }
    test::loginAs(*ws, QStringLiteral("karim"), Role::Nurse);
    {
        gui::WardBoardPage other(*ws, forms);
        CHECK_FALSE(other.table()->isColumnHidden(WardBoardModel::Surgery));
        CHECK(other.table()->horizontalHeader()->logicalIndex(0) != WardBoardModel::News2);
    }
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    {
        gui::WardBoardPage back(*ws, forms);
        CHECK(back.table()->isColumnHidden(WardBoardModel::Surgery));
        back.columns()->reset();
        CHECK_FALSE(back.table()->isColumnHidden(WardBoardModel::Surgery));
    }
    gui::WardBoardPage afterReset(*ws, forms);
    CHECK_FALSE(afterReset.table()->isColumnHidden(WardBoardModel::Surgery));
}

TEST_CASE("The last column cannot be hidden, and a stale or hostile layout never empties the board")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    clinical::FormRegistry forms;
    forms.reload();
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    gui::WardBoardPage page(*ws, forms);
    const auto shownColumns = [&] {
        int n = 0;
        for (int c = 0; c < WardBoardModel::ColumnCount; ++c) {
            if (c != WardBoardModel::Bed && c != WardBoardModel::PatientName) {
                n += page.table()->isColumnHidden(c) ? 0 : 1;
            }
        }
        return n;
    };
    for (int c = 0; c < WardBoardModel::ColumnCount; ++c) {
        if (c != WardBoardModel::Bed && c != WardBoardModel::PatientName) {
            menuEntry(page, c)->setChecked(false);
        }
    }
    CHECK(shownColumns() == 1);

    QStringList everything;
    for (int c = 0; c < WardBoardModel::ColumnCount; ++c) {
        everything << QString::number(c);
    }
    page.columns()->apply(QStringLiteral("order=99,-1,abc,3,3;hidden=") + everything.join(QLatin1Char(',')));
    CHECK(shownColumns() == WardBoardModel::ColumnCount - 2);
    page.columns()->apply(QStringLiteral("\x01garbage"));
    CHECK(shownColumns() == WardBoardModel::ColumnCount - 2);
}
