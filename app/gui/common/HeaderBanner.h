#pragma once

#include <QFrame>

class QLabel;

namespace wp::gui {

/// The dark strip at the top of dialogs and the main window: the product's name, what
/// this screen is for, and a line of context (hospital, laptop).
class HeaderBanner : public QFrame
{
    Q_OBJECT

public:
    HeaderBanner(const QString& title, const QString& subtitle, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setSubtitle(const QString& subtitle);

private:
    QLabel* m_title;
    QLabel* m_subtitle;
};

} // namespace wp::gui
