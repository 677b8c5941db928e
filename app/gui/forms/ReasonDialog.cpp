#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

namespace {

// The test seam: one pending answer, consumed by the next ask().
struct NextAnswer
{
    bool set = false;
    std::optional<QString> answer;
};

NextAnswer& nextAnswer()
{
    static NextAnswer n;
    return n;
}

} // namespace

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reason"));
    m_text->setTabChangesFocus(true);
    label->setBuddy(m_text);
    layout->addWidget(m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 200);
}

QString ReasonDialog::reason() const
{
    return m_text->toPlainText().trimmed();
}

std::optional<QString> ReasonDialog::ask(QWidget* parent, const QString& title, const QString& prompt)
{
    if (nextAnswer().set) {
        nextAnswer().set = false;
        return std::exchange(nextAnswer().answer, std::nullopt);
    }
    ReasonDialog dialog(title, prompt, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.reason();
}

void ReasonDialog::setNextAnswer(std::optional<QString> answer)
{
    nextAnswer().set = true;
    nextAnswer().answer = std::move(answer);
}

} // namespace wp::gui
