#include <QApplication>

#include <memory>

std::unique_ptr<QCoreApplication> createTestApplication(int& argc, char** argv)
{
    return std::make_unique<QApplication>(argc, argv);
}
