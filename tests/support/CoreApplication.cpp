#include <QCoreApplication>

#include <memory>

std::unique_ptr<QCoreApplication> createTestApplication(int& argc, char** argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}
