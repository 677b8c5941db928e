// Issue 17, fault injection: when the disk is full at the moment a nurse saves an observation,
// the form says so in words (in French too) and keeps every value typed, so that saving again
// once space is freed needs no retyping.
#include "../gui/NurseWardFixture.h"
#include "CrashVfs.h"
#include "TestSupport.h"

#include "forms/FormEntryPanel.h"
#include "forms/FormWidget.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace wp;

namespace {

// CrashVfs is SQLite's default VFS before the ward's database is opened, so it goes through it.
struct InstalledVfs
{
    InstalledVfs()
    {
        test::CrashVfs::instance().install();
        test::CrashVfs::instance().disarm();
    }
    ~InstalledVfs()
    {
        test::CrashVfs::instance().disarm();
        test::CrashVfs::instance().uninstall();
    }
};

struct WardOnVfs
{
    InstalledVfs vfs;
    test::NurseWardFixture ward;
};

void typeInto(gui::FormWidget* form, const char* field, const QString& text)
{
    auto* line = qobject_cast<QLineEdit*>(form->editorFor(QLatin1String(field)));
    REQUIRE(line != nullptr);
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
}

QString textOf(gui::FormWidget* form, const char* field)
{
    auto* line = qobject_cast<QLineEdit*>(form->editorFor(QLatin1String(field)));
    REQUIRE(line != nullptr);
    return line->text();
}

int observations(Workspace& ws)
{
    return ws.db()
        .scalar(QStringLiteral("SELECT count(*) FROM record_version WHERE kind = 'observation'"))
        .value()
        .toInt();
}

} // namespace

TEST_CASE("Observation form on a full disk: the truth in words, every value kept, saved once space is back",
          "[crash][fault]")
{
    const bool french = GENERATE(false, true);
    CAPTURE(french);
    QTranslator translator;
    if (french) {
        REQUIRE(translator.load(QStringLiteral(":/i18n/whiteplan_fr.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    WardOnVfs w;
    gui::FormEntryPanel panel(*w.ward.ws, *w.ward.entries, w.ward.forms, QStringLiteral("observation"),
                              w.ward.patient.id, QStringLiteral("en"));
    panel.resize(1000, 700);
    panel.show();
    QApplication::processEvents();
    auto* form = panel.form();
    const std::pair<const char*, QString> typed[] = {
        {"resp_rate", QStringLiteral("18")},    {"spo2", QStringLiteral("95")},
        {"systolic_bp", QStringLiteral("124")}, {"diastolic_bp", QStringLiteral("78")},
        {"pulse", QStringLiteral("88")},
    };
    for (const auto& [field, text] : typed) {
        typeInto(form, field, text);
    }
    const int before = observations(*w.ward.ws);

    test::CrashVfs::instance().arm(test::CrashVfs::Fault::DiskFull, 1);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QApplication::processEvents();
    REQUIRE(test::CrashVfs::instance().faultHit());
    CHECK(panel.recordId().isEmpty());
    const QString expected =
        french ? QStringLiteral("Le disque est plein : rien n'a été enregistré. Libérez de la place, puis "
                                "enregistrez à nouveau.")
               : QStringLiteral("The disk is full: nothing was saved. Free some space, then save again.");
    CHECK(panel.message() == expected);
    CHECK_FALSE(panel.message().contains(QStringLiteral("lock")));
    for (const auto& [field, text] : typed) {
        CAPTURE(field);
        CHECK(textOf(form, field) == text);
    }

    // Space is freed: the same click saves what is on screen.
    test::CrashVfs::instance().disarm();
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QApplication::processEvents();
    INFO(panel.message().toStdString());
    CHECK_FALSE(panel.recordId().isEmpty());
    CHECK(observations(*w.ward.ws) == before + 1);
    if (french) {
        QCoreApplication::removeTranslator(&translator);
    }
}
