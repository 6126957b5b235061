// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishednumbersdialog.h"

#include "publishednumbersview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QVBoxLayout>

namespace aicarbon {

PublishedNumbersDialog::PublishedNumbersDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_view(new PublishedNumbersView(context, this))
{
    setObjectName(QStringLiteral("publishedNumbersDialog"));
    setModal(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWindowTitle(tr("Published Numbers"));
    resize(1440, 780);
}

void PublishedNumbersDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Published Numbers"));
}

PublishedNumbersDialog* showPublishedNumbers(const AppContext& context, QWidget* parent)
{
    auto* dialog =
        parent ? parent->findChild<PublishedNumbersDialog*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new PublishedNumbersDialog(context, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace aicarbon
