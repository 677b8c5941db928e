#include "Ask.h"

#include <QList>

namespace wp::gui {

namespace {

struct Queue
{
    QList<QMessageBox::StandardButton> answers;
    QStringList texts;
};

Queue& queue()
{
    static Queue q;
    return q;
}

} // namespace

QMessageBox::StandardButton Ask::question(QWidget* parent, const QString& title, const QString& text,
                                          QMessageBox::StandardButtons buttons,
                                          QMessageBox::StandardButton defaultButton)
{
    if (!queue().answers.isEmpty()) {
        queue().texts << text;
        return queue().answers.takeFirst();
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void Ask::tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    if (!queue().answers.isEmpty()) {
        queue().texts << text;
        queue().answers.removeFirst();
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

void Ask::queueAnswer(QMessageBox::StandardButton answer)
{
    queue().answers << answer;
}

int Ask::queuedAnswers()
{
    return static_cast<int>(queue().answers.size());
}

QStringList Ask::answeredTexts()
{
    return queue().texts;
}

void Ask::reset()
{
    queue() = Queue{};
}

} // namespace wp::gui
