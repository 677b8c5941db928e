#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "alerts/AcknowledgeDialog.h"
#include "alerts/AlertBanner.h"
#include "chart/PatientChartPage.h"
#include "clinical/forms/FormRegistry.h"
#include "orders/AlertService.h"
#include "orders/OrderDialog.h"
#include "orders/OrderService.h"
#include "orders/OrdersTab.h"
#include "orders/ResultDialog.h"
#include "patients/PatientService.h"
#include "printing/PrintPreviewDialog.h"

#include <ZXing/ReadBarcode.h>
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

// The whole loop of issue 15 through the real chart, as a ward would live it: a doctor orders,
// the request and tube labels are printed (their QR codes read back as a scanner would), the
// nurse collects by scanning the printed label, the lab phones a critical potassium that the
// nurse takes with its read-back, the alert shows on the chart, and the doctor acknowledges it.

using namespace wp;
using namespace wp::orders;

namespace {

QStringList decodeQrCodes(QPdfDocument* doc)
{
    QStringList texts;
    for (int page = 0; page < doc->pageCount(); ++page) {
        const QSizeF points = doc->pagePointSize(page);
        const QImage grey =
            doc->render(page, (points * 200.0 / 72.0).toSize()).convertToFormat(QImage::Format_Grayscale8);
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                    static_cast<int>(grey.bytesPerLine()));
        for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
            if (r.isValid()) {
                texts << QString::fromStdString(r.text());
            }
        }
    }
    return texts;
}

} // namespace

TEST_CASE("orders: the whole loop through the chart, from the order to the acknowledged critical result",
          "[orders-gui][loop]")
{
    test::TempDir tmp;
    ManualClock clock{test::testEpoch()};
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    clinical::FormRegistry forms;
    forms.reload();
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    PatientService patients(*ws);
    auto p = patients.registerPatient(
        test::person(QStringLiteral("MARTIN"), QStringLiteral("Claire"), QDate(1950, 3, 4)));
    REQUIRE(p);
    REQUIRE(patients.admit(p->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now()));
    const Patient patient = *patients.find(p->id);
    test::loginAs(*ws, QStringLiteral("dora"), Role::Doctor);

    gui::PatientChartPage chart(*ws, forms, patient.id);
    chart.resize(1366, 768);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    auto* tab = chart.findChild<gui::OrdersTab*>();
    REQUIRE(tab);
    chart.tabs()->setCurrentWidget(tab);

    // 1. The doctor orders an ionogram, STAT, from the dialog, by keyboard.
    test::whenModalShown([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::OrderDialog*>(modal);
        if (dialog == nullptr) {
            FAIL_CHECK("not the order dialog");
            modal->close();
            return;
        }
        QTest::keyClicks(dialog->search(), QStringLiteral("ionogramme"));
        QTest::keyClick(dialog->search(), Qt::Key_Down);
        QTest::keyClick(dialog->list(), Qt::Key_Space);
        dialog->priority()->setFocus();
        QTest::keyClick(dialog->priority(), Qt::Key_Down);
        QTest::keyClick(dialog->priority(), Qt::Key_Down); // STAT
        QTest::keyClick(dialog->list(), Qt::Key_Return);
        if (dialog->isVisible()) {
            FAIL_CHECK(dialog->error().toStdString());
            dialog->reject();
        }
    });
    REQUIRE(tab->newOrder());
    REQUIRE(tab->orders().size() == 1);
    const Order placed = tab->orders().first();
    CHECK(placed.priority == Priority::Stat);
    CHECK(placed.tests.contains(QStringLiteral("2823-3")));

    // 2. The request and the tube labels, previewed to print; their QR codes as a scanner reads them.
    REQUIRE(tab->selectOrder(placed.number));
    tab->printButton()->click();
    const auto previews = tab->previews();
    REQUIRE(previews.size() == 2);
    const QStringList requestCodes = decodeQrCodes(previews.at(0)->pdfDocument());
    const QStringList labelCodes = decodeQrCodes(previews.at(1)->pdfDocument());
    for (const auto& preview : previews) {
        preview->close();
    }
    REQUIRE(requestCodes.size() == 1);
    CHECK(OrderService::numberFromScan(requestCodes.first()) == placed.number);
    REQUIRE(labelCodes.size() == 1); // an ionogram is one lithium heparin tube
    CHECK(labelCodes.first().contains(patient.downtimeNumber));

    // 3. The nurse scans the printed tube label: collected.
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    tab->updatePermissions();
    tab->scanEdit()->setFocus();
    QTest::keyClicks(tab->scanEdit(), labelCodes.first());
    QTest::keyClick(tab->scanEdit(), Qt::Key_Return);
    CHECK(tab->stopMessage().isEmpty());
    Catalogue catalogue;
    catalogue.reload();
    CHECK(OrderService(*ws, catalogue).order(placed.number)->status == OrderStatus::Collected);

    // 4. The lab phones the results; the nurse types them, reads them back, confirms the patient.
    clock.advanceSeconds(25 * 60);
    REQUIRE(tab->selectOrder(placed.number));
    test::whenModalShown([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ResultDialog*>(modal);
        if (dialog == nullptr) {
            FAIL_CHECK("not the result dialog");
            modal->close();
            return;
        }
        QTest::mouseClick(dialog->phoneButton(), Qt::LeftButton);
        const QHash<QString, QString> values{{QStringLiteral("2951-2"), QStringLiteral("138")},
                                             {QStringLiteral("2823-3"), QStringLiteral("6,9")},
                                             {QStringLiteral("2075-0"), QStringLiteral("101")},
                                             {QStringLiteral("1963-8"), QStringLiteral("24")}};
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            dialog->valueEditor(it.key())->setFocus();
            QTest::keyClicks(dialog->valueEditor(it.key()), it.value());
        }
        dialog->caller()->setFocus();
        QTest::keyClicks(dialog->caller(), QStringLiteral("Dr Leroy, biologiste"));
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            dialog->readBackEditor(it.key())->setFocus();
            QTest::keyClicks(dialog->readBackEditor(it.key()), it.value());
        }
        QTest::mouseClick(dialog->identityConfirmed(), Qt::LeftButton);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        if (dialog->isVisible()) {
            FAIL_CHECK(dialog->error().toStdString());
            dialog->reject();
        }
    });
    REQUIRE(tab->enterResults());
    const Order resulted = *OrderService(*ws, catalogue).order(placed.number);
    CHECK(resulted.status == OrderStatus::Resulted);
    REQUIRE(resulted.result(QStringLiteral("2823-3")));
    CHECK(resulted.result(QStringLiteral("2823-3"))->flag == ResultFlag::CriticalHigh);
    CHECK(resulted.result(QStringLiteral("2823-3"))->via == QStringLiteral("phone"));

    // 5. The critical alert is on the chart, unanswered; the nurse may not sign it, the doctor does.
    auto* banner = chart.findChild<gui::AlertBanner*>();
    REQUIRE(banner);
    banner->reload();
    REQUIRE(banner->openAlerts().size() == 1);
    CHECK(banner->text().contains(QStringLiteral("6.9")));
    test::loginAs(*ws, QStringLiteral("dora"), Role::Doctor);
    test::whenModalShown([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::AcknowledgeDialog*>(modal);
        if (dialog == nullptr) {
            FAIL_CHECK("not the acknowledgement dialog");
            modal->close();
            return;
        }
        QTest::keyClicks(test::named<QLineEdit>(dialog, "acknowledgeAction"),
                         QStringLiteral("Kayexalate, ECG, potassium again at 10:00"));
        test::named<QPushButton>(dialog, "acknowledgeButton")->click();
    });
    REQUIRE(banner->acknowledgeOldest());
    banner->reload();
    CHECK(banner->openAlerts().isEmpty());
    auto all = AlertService(*ws, catalogue).forPatient(patient.id);
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().acknowledgement->by == QStringLiteral("dora"));
    CHECK(all->first().acknowledgement->action ==
          QStringLiteral("Kayexalate, ECG, potassium again at 10:00"));
}
