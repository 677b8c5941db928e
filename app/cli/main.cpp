#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // Printing and PDF exports lay text out with the platform's fonts, which needs a GUI
    // application; the CLI never opens a window, so it runs offscreen without a display.
    std::unique_ptr<QCoreApplication> app;
    const bool theatrePrint =
        argc > 2 && std::strcmp(argv[1], "theatre") == 0 && std::strcmp(argv[2], "print") == 0;
    if (argc > 1 &&
        (std::strcmp(argv[1], "print") == 0 || std::strcmp(argv[1], "export") == 0 || theatrePrint)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
