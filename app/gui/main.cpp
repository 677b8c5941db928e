#include "startup/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#if __has_include("demo/DemoHospital.h")
#include "demo/DemoHospital.h"
#define WHITEPLAN_HAS_DEMO 1
#endif

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WhitePlan"));
    QApplication::setApplicationName(QStringLiteral("WhitePlan"));
    QApplication::setApplicationVersion(QStringLiteral(WHITEPLAN_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("whiteplan"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "WhitePlan: hospital downtime, offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Use the data directory DIR."),
                                     QApplication::translate("main", "DIR"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Create the demo hospital in a new data directory."));
    parser.addOption(dataDir);
    parser.addOption(demo);
    parser.process(app);

    wp::gui::AppController controller;
#ifdef WHITEPLAN_HAS_DEMO
    controller.setDemo([](wp::Workspace& ws) { return wp::DemoHospital::create(ws); },
                       wp::DemoHospital::passwordsText());
#endif
    if (!controller.run({parser.value(dataDir), parser.isSet(demo)})) {
        return controller.exitCode();
    }
    return app.exec();
}
