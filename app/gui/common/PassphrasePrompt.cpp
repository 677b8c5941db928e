#include "PassphrasePrompt.h"

#include "exchange/BundlePassphrase.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

namespace {

struct Queued
{
    bool set = false;
    std::optional<QByteArray> answer;
};

Queued& queued()
{
    static Queued q;
    return q;
}

} // namespace

void PassphrasePrompt::setNextAnswer(const std::optional<QByteArray>& answer)
{
    queued() = Queued{true, answer};
}

bool PassphrasePrompt::hasNextAnswer()
{
    return queued().set;
}

std::optional<QByteArray> PassphrasePrompt::askNew(QWidget* parent, const QString& title, const QString& text)
{
    if (queued().set) {
        const auto answer = queued().answer;
        queued() = Queued{};
        return answer;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(text, &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto* first = new QLineEdit(&dialog);
    auto* second = new QLineEdit(&dialog);
    first->setEchoMode(QLineEdit::Password);
    second->setEchoMode(QLineEdit::Password);
    first->setObjectName(QStringLiteral("passphrase"));
    second->setObjectName(QStringLiteral("passphraseConfirm"));
    form->addRow(tr("Passphrase"), first);
    form->addRow(tr("Type it again"), second);
    layout->addLayout(form);
    auto* problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    layout->addWidget(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto check = [&] {
        const QByteArray typed = first->text().toUtf8();
        QString why = exchange::BundlePassphrase::problem(typed);
        if (why.isEmpty() && first->text() != second->text()) {
            why = tr("The two passphrases differ.");
        }
        problem->setText(typed.isEmpty() ? QString() : why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    QObject::connect(first, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(second, &QLineEdit::textChanged, &dialog, check);
    check();
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return first->text().toUtf8();
}

} // namespace wp::gui
