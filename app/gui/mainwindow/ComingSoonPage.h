#pragma once

#include <QWidget>

namespace wp::gui {

/// Stands in for a feature that is not built yet: says so plainly, shows no sample data.
class ComingSoonPage : public QWidget
{
    Q_OBJECT

public:
    ComingSoonPage(const QString& title, const QString& whatItWillDo, QWidget* parent = nullptr);
};

} // namespace wp::gui
