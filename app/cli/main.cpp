#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    // A GUI application without windows: PDF checklists need fonts, which need
    // QGuiApplication; offscreen keeps the CLI usable without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WhitePlan"));
    QCoreApplication::setApplicationName(QStringLiteral("WhitePlan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WHITEPLAN_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("whiteplan"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    wp::cli::CommandIo io{out, err};
    wp::cli::CommandRegistry registry;
    const int code = registry.dispatch(QCoreApplication::arguments(), io);
    out.flush();
    err.flush();
    return code;
}
