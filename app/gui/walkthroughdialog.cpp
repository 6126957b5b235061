// SPDX-License-Identifier: GPL-3.0-or-later
#include "walkthroughdialog.h"

#include "appsettings.h"
#include "displayformat.h"
#include "editorstyle.h"
#include "editortracking.h"
#include "howcomputed.h"
#include "scenariodocument.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace aicarbon {

namespace {

/// Relative type sizes: a projector needs the formula and the numbers largest.
constexpr double kTitleScale = 2.0;
constexpr double kFormulaScale = 2.5;
constexpr double kExplanationScale = 1.6;
constexpr double kSourceScale = 0.9;

QLabel* textLabel(const char* name)
{
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("walkthrough.") + QLatin1StringView(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* navigationButton(const char* name)
{
    auto* button = new QPushButton;
    button->setObjectName(QStringLiteral("walkthrough.") + QLatin1StringView(name));
    button->setFocusPolicy(Qt::NoFocus); // the keys stay with the dialog (Space must not click it)
    button->setAutoDefault(false);
    return button;
}

} // namespace

struct WalkthroughDialog::Private
{
    Private(WalkthroughDialog* dialog, const AppContext& ctx)
        : q(dialog)
        , context(ctx)
        , document(ctx.document)
    { }

    void build();
    QLayout* buildNavigation();
    void applyFonts();
    void retranslate();
    void onDocumentChanged(const ChangeEvent& event);
    void refresh();
    void show(int index);
    void showMessage(const QString& text);
    bool hasScenario() const { return current >= 0 && current < document->count(); }
    DisplayFormat format() const
    {
        return context.settings ? context.settings->displayFormat() : DisplayFormat();
    }

    WalkthroughDialog* q;
    AppContext context;
    ScenarioDocument* document;
    int current = -1;
    QList<HowComputedStep> steps;
    int step = -1;

    QLabel* title = nullptr;
    QLabel* explanation = nullptr;
    QLabel* formula = nullptr;
    QLabel* substituted = nullptr;
    QLabel* source = nullptr;
    QLabel* message = nullptr;
    QLabel* indicator = nullptr;
    QPushButton* previous = nullptr;
    QPushButton* next = nullptr;
};

void WalkthroughDialog::Private::build()
{
    title = textLabel("title");
    explanation = textLabel("explanation");
    formula = textLabel("formula");
    setMutedText(formula);
    substituted = textLabel("substituted");
    source = textLabel("source");
    setMutedText(source);
    message = textLabel("message");
    auto* column = new QVBoxLayout(q);
    column->setContentsMargins(32, 24, 32, 16);
    column->setSpacing(18);
    for (QLabel* label : {title, explanation, formula, substituted, message})
        column->addWidget(label);
    column->addStretch(1);
    column->addWidget(source);
    column->addLayout(buildNavigation());
    applyFonts();
    retranslate();
    connect(document, &ScenarioDocument::changed, q, [this](const ChangeEvent& e) { onDocumentChanged(e); });
    if (context.settings)
        connect(context.settings, &AppSettings::changed, q, [this] { refresh(); });
}

QLayout* WalkthroughDialog::Private::buildNavigation()
{
    previous = navigationButton("previous");
    next = navigationButton("next");
    indicator = new QLabel;
    indicator->setObjectName(QStringLiteral("walkthrough.indicator"));
    indicator->setAlignment(Qt::AlignCenter);
    auto* row = new QHBoxLayout;
    row->addWidget(previous);
    row->addWidget(indicator, 1);
    row->addWidget(next);
    connect(previous, &QPushButton::clicked, q, &WalkthroughDialog::previousStep);
    connect(next, &QPushButton::clicked, q, &WalkthroughDialog::nextStep);
    return row;
}

// Sizes are multiples of the dialog's font, which follows the application's (presentation
// mode enlarges it): called again on every font change.
void WalkthroughDialog::Private::applyFonts()
{
    const QFont base = q->font();
    const auto scaled = [&base](double factor, bool bold) {
        QFont font = base;
        font.setPointSizeF(base.pointSizeF() * factor);
        font.setBold(bold);
        return font;
    };
    title->setFont(scaled(kTitleScale, true));
    explanation->setFont(scaled(kExplanationScale, false));
    formula->setFont(scaled(kFormulaScale, false));
    substituted->setFont(scaled(kFormulaScale, true));
    message->setFont(scaled(kExplanationScale, false));
    QFont small = scaled(kSourceScale, false);
    small.setItalic(true);
    source->setFont(small);
    indicator->setFont(scaled(kExplanationScale / 1.25, false));
}

void WalkthroughDialog::Private::retranslate()
{
    previous->setText(QCoreApplication::translate("WalkthroughDialog", "◀ &Previous"));
    next->setText(QCoreApplication::translate("WalkthroughDialog", "&Next ▶"));
    previous->setToolTip(QCoreApplication::translate("WalkthroughDialog", "Previous step (Left, Page Up)"));
    next->setToolTip(QCoreApplication::translate("WalkthroughDialog", "Next step (Right, Page Down, Space)"));
    refresh();
}

void WalkthroughDialog::Private::onDocumentChanged(const ChangeEvent& event)
{
    current = followScenario(current, event, document->count());
    if (event.kind != ChangeEvent::Kind::Edited || event.index == current)
        refresh();
}

// Keeps the step the user is on: the same title when the edit kept it (a search step
// may appear before it), else the same position.
void WalkthroughDialog::Private::refresh()
{
    const QString shownTitle = step >= 0 && step < steps.size() ? steps.at(step).title : QString();
    if (!hasScenario()) {
        steps.clear();
        q->setWindowTitle(QCoreApplication::translate("WalkthroughDialog", "Guided Explanation"));
        return showMessage(QCoreApplication::translate(
            "WalkthroughDialog",
            "No scenario. Add or select a scenario to step through how its results "
            "were computed."));
    }
    q->setWindowTitle(QCoreApplication::translate("WalkthroughDialog", "Guided Explanation — %1")
                          .arg(QString::fromStdString(document->scenario(current).name)));
    steps = howComputed(document->estimate(current), format());
    if (steps.isEmpty())
        return showMessage(QCoreApplication::translate(
            "WalkthroughDialog",
            "This scenario has errors, so there is nothing to compute yet. Correct "
            "the errors shown in the scenario editor and the results."));
    const auto same = std::find_if(steps.cbegin(), steps.cend(),
                                   [&shownTitle](const HowComputedStep& s) { return s.title == shownTitle; });
    show(same != steps.cend() ? int(same - steps.cbegin()) : std::max(step, 0));
}

void WalkthroughDialog::Private::show(int index)
{
    const int before = step;
    step = std::clamp(index, 0, int(steps.size()) - 1);
    const HowComputedStep& s = steps.at(step);
    title->setText(s.title);
    explanation->setText(s.explanation);
    formula->setText(s.formula);
    substituted->setText(s.substituted);
    source->setText(QCoreApplication::translate("WalkthroughDialog", "Source: %1").arg(s.source));
    const QLocale locale;
    indicator->setText(QCoreApplication::translate("WalkthroughDialog", "Step %1 of %2")
                           .arg(locale.toString(step + 1), locale.toString(steps.size())));
    for (QLabel* label : {title, explanation, formula, substituted, source})
        label->show();
    message->hide();
    previous->setEnabled(step > 0);
    next->setEnabled(step < steps.size() - 1);
    if (step != before)
        Q_EMIT q->stepChanged(step);
}

void WalkthroughDialog::Private::showMessage(const QString& text)
{
    const int before = step;
    step = -1;
    message->setText(text);
    message->show();
    for (QLabel* label : {title, explanation, formula, substituted, source})
        label->hide();
    indicator->clear();
    previous->setEnabled(false);
    next->setEnabled(false);
    if (before != -1)
        Q_EMIT q->stepChanged(step);
}

// --- WalkthroughDialog -------------------------------------------------------------------

WalkthroughDialog::WalkthroughDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , d(new Private(this, context))
{
    setObjectName(QStringLiteral("walkthrough"));
    setModal(false);
    setFocusPolicy(Qt::StrongFocus);
    d->current = context.document->count() > 0 ? 0 : -1;
    d->build();
    resize(1024, 640);
}

WalkthroughDialog::~WalkthroughDialog()
{
    delete d;
}

int WalkthroughDialog::currentStep() const
{
    return d->step;
}

int WalkthroughDialog::stepCount() const
{
    return int(d->steps.size());
}

QStringList WalkthroughDialog::stepTitles() const
{
    QStringList titles;
    for (const HowComputedStep& s : d->steps)
        titles << s.title;
    return titles;
}

void WalkthroughDialog::setCurrentScenario(int index)
{
    d->current = index >= 0 && index < d->document->count() ? index : -1;
    d->refresh();
}

void WalkthroughDialog::setStep(int index)
{
    if (!d->steps.isEmpty())
        d->show(index);
}

void WalkthroughDialog::nextStep()
{
    setStep(d->step + 1);
}

void WalkthroughDialog::previousStep()
{
    setStep(d->step - 1);
}

void WalkthroughDialog::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void WalkthroughDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        d->retranslate();
    else if (event->type() == QEvent::FontChange)
        d->applyFonts();
}

void WalkthroughDialog::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        return nextStep();
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        return previousStep();
    case Qt::Key_Home:
        return setStep(0);
    case Qt::Key_End:
        return setStep(stepCount() - 1);
    case Qt::Key_F11:
        return toggleFullScreen();
    default:
        QDialog::keyPressEvent(event); // Esc closes
    }
}

} // namespace aicarbon
