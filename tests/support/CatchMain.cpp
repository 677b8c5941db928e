// Catch2's runner. Slow to compile: never add anything else to this file.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <cstdlib>
#include <memory>

// Defined in CoreApplication.cpp or GuiApplication.cpp, depending on the test binary.
std::unique_ptr<QCoreApplication> createTestApplication(int& argc, char** argv);

int main(int argc, char* argv[])
{
    // catch_discover_tests runs this binary at build time without ctest's environment:
    // without a display a QApplication would abort and the tests would silently vanish.
    if (!std::getenv("QT_QPA_PLATFORM")) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    auto app = createTestApplication(argc, argv);
    return Catch::Session().run(argc, argv);
}
