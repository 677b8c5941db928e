#pragma once

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLatin1String>
#include <QObject>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace wp::test {

/// The child of `root` called `name`; fails the test when there is none.
template<typename T> T* named(const QObject* root, const char* name)
{
    T* child = root->findChild<T*>(QLatin1String(name));
    INFO("no child named " << name);
    REQUIRE(child != nullptr);
    return child;
}

/// Runs `drive` on the next modal dialog once it is shown (for code that calls exec()).
inline void whenModalShown(std::function<void(QWidget*)> drive)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, drive = std::move(drive)] {
        if (QWidget* modal = QApplication::activeModalWidget(); modal && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            drive(modal);
        }
    });
    timer->start();
}

} // namespace wp::test
