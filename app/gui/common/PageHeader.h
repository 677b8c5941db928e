#pragma once

#include <QWidget>

class QLabel;

namespace wp::gui {

/// Title and one line of explanation at the top of a main-window page.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    PageHeader(const QString& title, const QString& description, QWidget* parent = nullptr);
    void setDescription(const QString& description);

private:
    QLabel* m_description;
};

} // namespace wp::gui
