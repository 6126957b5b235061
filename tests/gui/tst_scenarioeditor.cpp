// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioEditor: typing edits the document through undoable commands, the editor follows
// undo/redo and other views, bad input and diagnostics show beside their field, cleared
// fields fall back to the default and say so.
#include "catalogpicker.h"
#include "editorfields.h"
#include "editornumbers.h"
#include "guitesthelpers.h"
#include "optionalnumberfield.h"
#include "resultspanel.h"
#include "scenariocommands.h"
#include "scenarioeditor.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

using namespace aicarbon;
using test::GuiFixture;

namespace {

Scenario gpt3()
{
    return test::GuiFixture::gpt3Plan();
}

/// Replaces the field's text as a user would: select all, type, press Enter.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/// Makes every text of the editor and the results 40 % longer.
class PseudoTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QLatin1StringView ctx(context);
        if (ctx != QLatin1String("ScenarioEditor") && ctx != QLatin1String("ResultsPanel")
            && ctx != QLatin1String("HowComputed"))
            return {};
        const QString text = QString::fromUtf8(sourceText);
        return text + QString(text.size() * 2 / 5, QLatin1Char('~'));
    }
};

} // namespace

class TestScenarioEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_fx = std::make_unique<GuiFixture>();
        m_fx->document.setProject(QStringLiteral("P"), {gpt3(), GuiFixture::plan("France")});
        m_window = std::make_unique<QWidget>();
        auto* row = new QHBoxLayout(m_window.get());
        m_editor = new ScenarioEditor(m_fx->context);
        m_results = new ResultsPanel(m_fx->context);
        auto* scroll = new QScrollArea; // as in the main window
        scroll->setWidget(m_editor);
        scroll->setWidgetResizable(true);
        row->addWidget(scroll, 1);
        row->addWidget(m_results, 1);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_fx.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // --- typing edits the document ---------------------------------------------------

    void typingEditsTheDocument_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("expected");
        QTest::newRow("MFU 0.3") << QStringLiteral("hardware.mfu") << QStringLiteral("0.3") << 0.3;
        QTest::newRow("PUE 1.5") << QStringLiteral("facility.pue") << QStringLiteral("1.5") << 1.5;
        QTest::newRow("20,000 devices")
            << QStringLiteral("hardware.count") << QStringLiteral("20000") << 20000.0;
        QTest::newRow("parameters 1.75e11 in scientific notation")
            << QStringLiteral("workload.parameters") << QStringLiteral("1.75e10") << 1.75e10;
        QTest::newRow("host power 412 W")
            << QStringLiteral("hardware.hostPowerW") << QStringLiteral("412") << 412.0;
        QTest::newRow("carbon intensity override")
            << QStringLiteral("facility.carbonIntensityGPerKwh") << QStringLiteral("50") << 50.0;
    }
    void typingEditsTheDocument()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(double, expected);
        const EditorFieldSpec* spec = editorField(field.toStdString());
        QVERIFY(spec);
        QSignalSpy changed(&m_fx->document, &ScenarioDocument::changed);
        const QString emissionsBefore = resultText("totalEmissions");
        typeInto(lineEdit(field), typed);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(spec->get(m_fx->document.scenario(0)), std::optional<double>(expected));
        QCOMPARE(m_fx->document.undoStack()->count(), 1); // several characters, one step
        QCOMPARE(lineEdit(field)->text(), typed); // the text the user typed stays
        if (field != QLatin1String("hardware.count") && field != QLatin1String("hardware.mfu"))
            QVERIFY(resultText("totalEmissions") != emissionsBefore);
        QCOMPARE(resultText("totalEmissions"),
                 m_fx->settings.displayFormat().mass(m_fx->document.estimate(0).figures.totalEmissions));
    }

    // --- ranges --------------------------------------------------------------------------

    void rangeEditorIsHiddenUntilAskedFor()
    {
        auto* field = m_editor->findChild<OptionalNumberField*>(QStringLiteral("hardware.mfu"));
        auto* button = field->findChild<QToolButton*>(QStringLiteral("rangeButton"));
        auto* low = field->findChild<QLineEdit*>(QStringLiteral("rangeLow"));
        QVERIFY(button && low);
        QVERIFY(!low->isVisible());
        button->click();
        QVERIFY(low->isVisible());
        // The data year is not a quantity that can be uncertain: no range offered.
        auto* year = m_editor->findChild<OptionalNumberField*>(QStringLiteral("facility.year"));
        QVERIFY(year);
        QVERIFY(!year->findChild<QToolButton*>(QStringLiteral("rangeButton")));
    }

    void typingARangeEditsTheDocument()
    {
        auto* field = m_editor->findChild<OptionalNumberField*>(QStringLiteral("hardware.mfu"));
        field->findChild<QToolButton*>(QStringLiteral("rangeButton"))->click();
        auto* low = field->findChild<QLineEdit*>(QStringLiteral("rangeLow"));
        auto* high = field->findChild<QLineEdit*>(QStringLiteral("rangeHigh"));
        typeInto(low, QStringLiteral("0.15"));
        QVERIFY(m_fx->document.scenario(0).ranges.empty()); // not finished: no high bound yet
        typeInto(high, QStringLiteral("0.3"));
        const auto& ranges = m_fx->document.scenario(0).ranges;
        QCOMPARE(ranges.size(), std::size_t(1));
        QVERIFY(ranges.at("/hardware/mfu") == (InputRange {0.15, 0.3, Distribution::Uniform}));
        auto* distribution = field->findChild<QComboBox*>(QStringLiteral("rangeDistribution"));
        distribution->setCurrentIndex(1);
        Q_EMIT distribution->activated(1);
        QVERIFY(m_fx->document.scenario(0).ranges.at("/hardware/mfu").distribution
                == Distribution::Triangular);
        // Consecutive edits of one range are one undo step, like typing in one field.
        m_fx->document.undoStack()->undo();
        QVERIFY(m_fx->document.scenario(0).ranges.empty());
        QVERIFY(low->text().isEmpty());
        m_fx->document.undoStack()->redo();
        QVERIFY(m_fx->document.scenario(0).ranges.at("/hardware/mfu").distribution
                == Distribution::Triangular);
        QCOMPARE(high->text(), QStringLiteral("0.3"));
        field->findChild<QToolButton*>(QStringLiteral("rangeRemove"))->click();
        QVERIFY(m_fx->document.scenario(0).ranges.empty());
        QCOMPARE(m_fx->document.scenario(0).hardware.mfu, std::optional<double>(0.213));
    }

    void badRangesAreExplainedNotApplied_data()
    {
        QTest::addColumn<QString>("low");
        QTest::addColumn<QString>("high");
        QTest::addColumn<QString>("message");
        QTest::newRow("reversed") << QStringLiteral("0.3") << QStringLiteral("0.1")
                                  << QStringLiteral("The low bound must be below the high bound.");
        QTest::newRow("misses the value")
            << QStringLiteral("0.3") << QStringLiteral("0.5")
            << QStringLiteral("The range must contain the field's value, 0.213.");
        QTest::newRow("not a number")
            << QStringLiteral("abc") << QStringLiteral("0.5") << QStringLiteral("Low bound");
    }
    void badRangesAreExplainedNotApplied()
    {
        QFETCH(QString, low);
        QFETCH(QString, high);
        QFETCH(QString, message);
        auto* field = m_editor->findChild<OptionalNumberField*>(QStringLiteral("hardware.mfu"));
        field->findChild<QToolButton*>(QStringLiteral("rangeButton"))->click();
        typeInto(field->findChild<QLineEdit*>(QStringLiteral("rangeLow")), low);
        typeInto(field->findChild<QLineEdit*>(QStringLiteral("rangeHigh")), high);
        QVERIFY(m_fx->document.scenario(0).ranges.empty());
        auto* label = field->findChild<QLabel*>(QStringLiteral("rangeMessage"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(message), qPrintable(label->text()));
    }

    void aScenarioWithARangeShowsIt()
    {
        Scenario s = m_fx->document.scenario(1);
        s.facility.pue = 1.2;
        s.ranges["/facility/pue"] = {1.1, 1.5, Distribution::Normal};
        Command::editScenario(&m_fx->document, 1, s, QStringLiteral("test"));
        m_editor->setCurrentScenario(1);
        auto* field = m_editor->findChild<OptionalNumberField*>(QStringLiteral("facility.pue"));
        QVERIFY(field->findChild<QToolButton*>(QStringLiteral("rangeButton"))->isChecked());
        QCOMPARE(field->findChild<QLineEdit*>(QStringLiteral("rangeLow"))->text(), QStringLiteral("1.1"));
        QCOMPARE(field->findChild<QLineEdit*>(QStringLiteral("rangeHigh"))->text(), QStringLiteral("1.5"));
        QCOMPARE(field->findChild<QComboBox*>(QStringLiteral("rangeDistribution"))->currentIndex(), 2);
    }

    void undoRestoresTheExactValue()
    {
        QLineEdit* mfu = lineEdit(QStringLiteral("hardware.mfu"));
        QCOMPARE(mfu->text(), QStringLiteral("0.213"));
        const QString emissions = resultText("totalEmissions");
        typeInto(mfu, QStringLiteral("0.45"));
        QCOMPARE(m_fx->document.scenario(0).hardware.mfu, std::optional<double>(0.45));
        QCOMPARE(m_fx->document.undoStack()->count(), 1);
        QSignalSpy changed(&m_fx->document, &ScenarioDocument::changed);
        m_fx->document.undoStack()->undo();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_fx->document.scenario(0).hardware.mfu, std::optional<double>(0.213));
        QCOMPARE(mfu->text(), QStringLiteral("0.213"));
        QCOMPARE(resultText("totalEmissions"), emissions);
        m_fx->document.undoStack()->redo();
        QCOMPARE(mfu->text(), QStringLiteral("0.45"));
        QCOMPARE(m_fx->document.undoStack()->count(), 1); // refreshing created no command
    }

    void twoFieldsAreTwoUndoSteps()
    {
        typeInto(lineEdit(QStringLiteral("hardware.mfu")), QStringLiteral("0.35"));
        typeInto(lineEdit(QStringLiteral("facility.pue")), QStringLiteral("1.25"));
        QCOMPARE(m_fx->document.undoStack()->count(), 2);
        m_fx->document.undoStack()->undo();
        QCOMPARE(m_fx->document.scenario(0).facility.pue, std::optional<double>(1.1));
        QCOMPARE(m_fx->document.scenario(0).hardware.mfu, std::optional<double>(0.35));
    }

    void refreshKeepsTheTextBeingTyped()
    {
        QLineEdit* pue = lineEdit(QStringLiteral("facility.pue"));
        pue->setFocus();
        pue->selectAll();
        QTest::keyClicks(pue, QStringLiteral("1.20"));
        pue->setCursorPosition(2);
        Scenario s = m_fx->document.scenario(0);
        s.hardware.count = 512; // another view edits another field
        Command::editScenario(&m_fx->document, 0, s, QStringLiteral("hardware.count"));
        QCOMPARE(pue->text(), QStringLiteral("1.20"));
        QCOMPARE(pue->cursorPosition(), 2);
        QCOMPARE(lineEdit(QStringLiteral("hardware.count"))->text(), QStringLiteral("512"));
    }

    void otherViewsEditsShow()
    {
        Scenario s = m_fx->document.scenario(0);
        s.facility.carbonFreeEnergyFraction = 0.25;
        s.name = "Renamed";
        Command::editScenario(&m_fx->document, 0, s, QStringLiteral("whatif"));
        QCOMPARE(lineEdit(QStringLiteral("facility.carbonFreeEnergyFraction"))->text(),
                 QStringLiteral("0.25"));
        QCOMPARE(m_editor->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("Renamed"));
    }

    // --- bad input and diagnostics -----------------------------------------------------

    void invalidInputIsFlagged_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("used"); // what the document holds afterwards
        QTest::addColumn<QString>("message");
        // Not a number: nothing reaches the document, and the message says what is used.
        QTest::newRow("MFU abc") << QStringLiteral("hardware.mfu") << QStringLiteral("abc") << 0.213
                                 << QStringLiteral("“abc” is not a number; the estimate still uses 0.213");
        // Typing is live: the last valid prefix ("2023", "1e99") is what the estimate uses.
        QTest::newRow("year 2023.5") << QStringLiteral("facility.year") << QStringLiteral("2023.5") << 2023.0
                                     << QStringLiteral(
                                            "a whole number is needed; the estimate still uses 2023");
        QTest::newRow("1e999 tokens") << QStringLiteral("workload.tokens") << QStringLiteral("1e999") << 1e99
                                      << QStringLiteral("is not a number; the estimate still uses 1e99");
        // Numbers out of range reach the document unchanged; the engine's diagnostic says why.
        QTest::newRow("MFU 1.5") << QStringLiteral("hardware.mfu") << QStringLiteral("1.5") << 1.5
                                 << QStringLiteral("MFU must be at most 1; found 1.5.");
        QTest::newRow("PUE 0.9") << QStringLiteral("facility.pue") << QStringLiteral("0.9") << 0.9
                                 << QStringLiteral("PUE must be at least 1");
        QTest::newRow("1.5 devices") << QStringLiteral("hardware.count") << QStringLiteral("1.5") << 1.5
                                     << QStringLiteral("device count must be a whole number");
        QTest::newRow("year 1900") << QStringLiteral("facility.year") << QStringLiteral("1900") << 1900.0
                                   << QStringLiteral("Year must be between 1990 and 2100; found 1900.");
        QTest::newRow("negative host power")
            << QStringLiteral("hardware.hostPowerW") << QStringLiteral("-5") << -5.0
            << QStringLiteral("Host power must be zero or positive; found -5.");
    }
    void invalidInputIsFlagged()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(double, used);
        QFETCH(QString, message);
        const EditorFieldSpec* spec = editorField(field.toStdString());
        typeInto(lineEdit(field), typed);
        QCOMPARE(spec->get(m_fx->document.scenario(0)), std::optional<double>(used));
        auto* label = field_(field)->findChild<QLabel*>(QStringLiteral("message"));
        QVERIFY(label && !label->isHidden());
        QVERIFY2(label->text().contains(message.toHtmlEscaped()), qPrintable(label->text()));
        QCOMPARE(lineEdit(field)->text(), typed); // never silently clamped or rewritten
        // Clearing the field clears the message.
        typeInto(lineEdit(field), QString());
        QVERIFY(label->isHidden());
    }

    void diagnosticsGoBesideTheirInput_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown device")
            << QStringLiteral("hardware.device") << QStringLiteral("Unknown device");
        QTest::newRow("unknown region")
            << QStringLiteral("facility.region") << QStringLiteral("Unknown region");
        QTest::newRow("no compute: the workload section")
            << QStringLiteral("workload") << QStringLiteral("Cannot determine the training compute");
        QTest::newRow("development below 1")
            << QStringLiteral("development.multiplier") << QStringLiteral("must be at least 1; found");
    }
    void diagnosticsGoBesideTheirInput()
    {
        QFETCH(QString, widget);
        QFETCH(QString, message);
        Scenario s = m_fx->document.scenario(0);
        if (widget == QLatin1String("hardware.device"))
            s.hardware.device = "no-such-gpu";
        else if (widget == QLatin1String("facility.region"))
            s.facility.region = "XX";
        else if (widget == QLatin1String("workload"))
            s.workload.model.clear();
        else
            s.development.multiplier = 0.5;
        Command::editScenario(&m_fx->document, 0, s, QStringLiteral("test"));
        bool found = false;
        for (const QLabel* l : m_editor->findChildren<QLabel*>(QStringLiteral("message"))) {
            if (!l->text().contains(message))
                continue;
            found = true;
            QVERIFY(!l->isHidden());
            QVERIFY2(l->parentWidget()->findChild<QWidget*>(widget)
                         || l->parentWidget()->objectName() == widget || widget == QLatin1String("workload"),
                     qPrintable(widget));
        }
        QVERIFY2(found, qPrintable(message));
    }

    // --- defaults ----------------------------------------------------------------------

    void clearingReturnsToTheDefault_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("tag");
        QTest::newRow("MFU falls back to 0.4")
            << QStringLiteral("hardware.mfu") << QStringLiteral("0.4") << QStringLiteral("default");
        QTest::newRow("PUE from the catalog's global row")
            << QStringLiteral("facility.pue") << QStringLiteral("1.56") << QStringLiteral("catalog");
        QTest::newRow("devices: one")
            << QStringLiteral("hardware.count") << QStringLiteral("1") << QStringLiteral("default");
        QTest::newRow("price: not priced") << QStringLiteral("cost.pricePerDeviceHour")
                                           << QStringLiteral("not priced") << QStringLiteral("not set");
    }
    void clearingReturnsToTheDefault()
    {
        QFETCH(QString, field);
        QFETCH(QString, placeholder);
        QFETCH(QString, tag);
        const EditorFieldSpec* spec = editorField(field.toStdString());
        typeInto(lineEdit(field), QString());
        QCOMPARE(spec->get(m_fx->document.scenario(0)), std::nullopt);
        QCOMPARE(lineEdit(field)->placeholderText(), placeholder);
        auto* tagLabel = field_(field)->findChild<QLabel*>(QStringLiteral("defaultTag"));
        QVERIFY(tagLabel && !tagLabel->isHidden());
        QCOMPARE(tagLabel->text(), tag);
        QVERIFY(lineEdit(field)->font().italic());
        m_fx->document.undoStack()->undo();
        QVERIFY(spec->get(m_fx->document.scenario(0)).has_value());
        QVERIFY(tagLabel->isHidden());
    }

    void presetValuesShowAsPlaceholders()
    {
        QCOMPARE(lineEdit(QStringLiteral("workload.parameters"))->placeholderText(),
                 QStringLiteral("1.75e11"));
        QCOMPARE(lineEdit(QStringLiteral("workload.tokens"))->placeholderText(), QStringLiteral("3e11"));
        QCOMPARE(lineEdit(QStringLiteral("workload.trainingFlops"))->placeholderText(),
                 QStringLiteral("3.15e23"));
        const QString flops = m_editor->findChild<QLabel*>(QStringLiteral("computeInfo"))->text();
        QVERIFY2(flops.startsWith(QStringLiteral("3.15 × 10²³ FLOP = 6 × 1.75 × 10¹¹ × 3 × 10¹¹")),
                 qPrintable(flops));
    }

    void toolTipsNameTheDefaultAndItsSource()
    {
        const QString tip = lineEdit(QStringLiteral("hardware.mfu"))->toolTip();
        QVERIFY(tip.contains(QStringLiteral("Model FLOPs utilization")));
        QVERIFY(tip.contains(QStringLiteral("Default: 0.4 (Dubey et al. 2024")));
        QVERIFY(tip.contains(QStringLiteral("“mfu”")));
        QVERIFY(tip.contains(QStringLiteral("/hardware/mfu")));
    }

    // --- locales -----------------------------------------------------------------------

    void parseNumbers_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value"); // NaN: not set
        QTest::newRow("en 0.4") << QStringLiteral("en_US") << QStringLiteral("0.4") << true << 0.4;
        QTest::newRow("de 0,4") << QStringLiteral("de_DE") << QStringLiteral("0,4") << true << 0.4;
        QTest::newRow("fr 1,5") << QStringLiteral("fr_FR") << QStringLiteral("1,5") << true << 1.5;
        QTest::newRow("pt_BR 2,48") << QStringLiteral("pt_BR") << QStringLiteral("2,48") << true << 2.48;
        QTest::newRow("en 1.75e11") << QStringLiteral("en_US") << QStringLiteral("1.75e11") << true
                                    << 1.75e11;
        QTest::newRow("de 1,75e11") << QStringLiteral("de_DE") << QStringLiteral("1,75e11") << true
                                    << 1.75e11;
        QTest::newRow("de 1.75e11 (point in scientific)")
            << QStringLiteral("de_DE") << QStringLiteral("1.75e11") << true << 1.75e11;
        QTest::newRow("en grouped 10,000")
            << QStringLiteral("en_US") << QStringLiteral("10,000") << true << 1e4;
        QTest::newRow("fr spaces 10 000")
            << QStringLiteral("fr_FR") << QStringLiteral("10 000") << true << 1e4;
        QTest::newRow("empty: not set") << QStringLiteral("en_US") << QStringLiteral("  ") << true << qQNaN();
        QTest::newRow("fraction 1/81")
            << QStringLiteral("en_US") << QStringLiteral("1/81") << true << 1.0 / 81.0;
        QTest::newRow("de fraction 1/2,5")
            << QStringLiteral("de_DE") << QStringLiteral("1/2,5") << true << 0.4;
        QTest::newRow("1/0") << QStringLiteral("en_US") << QStringLiteral("1/0") << false << 0.0;
        QTest::newRow("abc") << QStringLiteral("en_US") << QStringLiteral("abc") << false << 0.0;
        QTest::newRow("inf") << QStringLiteral("en_US") << QStringLiteral("inf") << false << 0.0;
        QTest::newRow("en 0,4 is not a number")
            << QStringLiteral("en_US") << QStringLiteral("0,4") << false << 0.0;
    }
    void parseNumbers()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const ParsedNumber parsed = parseEditorNumber(text, QLocale(locale));
        QCOMPARE(parsed.ok, ok);
        if (ok && qIsNaN(value))
            QCOMPARE(parsed.value, std::nullopt);
        else if (ok)
            QCOMPARE(*parsed.value, value);
        else
            QVERIFY(!parsed.error.isEmpty());
    }

    void formattedNumbersReadBack_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("en 0.213") << QStringLiteral("en_US") << 0.213 << QStringLiteral("0.213");
        QTest::newRow("de 0,213") << QStringLiteral("de_DE") << 0.213 << QStringLiteral("0,213");
        QTest::newRow("10000 ungrouped") << QStringLiteral("en_US") << 10000.0 << QStringLiteral("10000");
        QTest::newRow("1.75e11") << QStringLiteral("en_US") << 1.75e11 << QStringLiteral("1.75e11");
        QTest::newRow("fr 1,75e11") << QStringLiteral("fr_FR") << 1.75e11 << QStringLiteral("1,75e11");
        QTest::newRow("1/3 exactly") << QStringLiteral("en_US") << 1.0 / 3.0
                                     << QStringLiteral("0.3333333333333333");
        QTest::newRow("tiny") << QStringLiteral("en_US") << 1.5e-5 << QStringLiteral("1.5e-5");
    }
    void formattedNumbersReadBack()
    {
        QFETCH(QString, locale);
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(formatEditorNumber(value, QLocale(locale)), text);
        QCOMPARE(parseEditorNumber(text, QLocale(locale)).value, std::optional<double>(value));
    }

    void germanUsersTypeADecimalComma()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        typeInto(lineEdit(QStringLiteral("hardware.mfu")), QStringLiteral("0,35"));
        QCOMPARE(m_fx->document.scenario(0).hardware.mfu, std::optional<double>(0.35));
        m_fx->document.undoStack()->undo();
        QCOMPARE(lineEdit(QStringLiteral("hardware.mfu"))->text(), QStringLiteral("0,213"));
    }

    // --- pickers, combos and lists -------------------------------------------------------

    void devicePickerSearchesAndChooses()
    {
        auto* picker = m_editor->findChild<CatalogPicker*>(QStringLiteral("hardware.device"));
        QVERIFY(picker);
        QTest::keyClicks(picker->searchField(), QStringLiteral("h100"));
        QComboBox* choices = picker->choices();
        const int row = choices->findData(QStringLiteral("nvidia-h100-sxm5-80gb"));
        QVERIFY(row > 0);
        QCOMPARE(choices->findData(QStringLiteral("nvidia-p100-sxm2-16gb")), -1);
        Q_EMIT choices->activated(row);
        QCOMPARE(m_fx->document.scenario(0).hardware.device, std::string("nvidia-h100-sxm5-80gb"));
        m_fx->document.undoStack()->undo();
        QCOMPARE(picker->currentId(), QStringLiteral("nvidia-v100-sxm2-32gb"));
        QCOMPARE(choices->currentData().toString(), QStringLiteral("nvidia-v100-sxm2-32gb"));
    }

    void regionPickerOffersCloudRegions()
    {
        auto* picker = m_editor->findChild<CatalogPicker*>(QStringLiteral("facility.region"));
        QTest::keyClicks(picker->searchField(), QStringLiteral("quebec"));
        QVERIFY(picker->choices()->findData(QStringLiteral("CA-QC")) > 0);
        picker->searchField()->clear();
        QTest::keyClicks(picker->searchField(), QStringLiteral("europe-west1"));
        QTest::keyClick(picker->searchField(), Qt::Key_Return); // Enter takes the first match
        QCOMPARE(m_fx->document.scenario(0).facility.region, std::string("gcp:europe-west1"));
        const QString info = m_editor->findChild<QLabel*>(QStringLiteral("regionInfo"))->text();
        QVERIFY2(info.contains(QStringLiteral("103.4 gCO2e/kWh in 2024 (direct)")), qPrintable(info));
    }

    void searchMethodShowsItsFields_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("trials") << int(SearchMethod::Trials)
                                << QStringList {QStringLiteral("search.trials"),
                                                QStringLiteral("search.equivalentRuns")}
                                << QStringList {QStringLiteral("search.eta"),
                                                QStringLiteral("search.configurations")};
        QTest::newRow("successive halving")
            << int(SearchMethod::SuccessiveHalving)
            << QStringList {QStringLiteral("search.configurations"), QStringLiteral("search.eta"),
                            QStringLiteral("search.minFraction")}
            << QStringList {QStringLiteral("search.trials")};
        QTest::newRow("hyperband") << int(SearchMethod::Hyperband)
                                   << QStringList {QStringLiteral("search.eta"),
                                                   QStringLiteral("search.minFraction")}
                                   << QStringList {QStringLiteral("search.configurations"),
                                                   QStringLiteral("search.meanTrialFraction")};
    }
    void searchMethodShowsItsFields()
    {
        QFETCH(int, method);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        auto* combo = m_editor->findChild<QComboBox*>(QStringLiteral("search.method"));
        Q_EMIT combo->activated(combo->findData(method));
        QCOMPARE(int(m_fx->document.scenario(0).search.method), method);
        for (const QString& name : shown)
            QVERIFY2(field_(name)->isVisibleTo(m_editor), qPrintable(name));
        for (const QString& name : hidden)
            QVERIFY2(!field_(name)->isVisibleTo(m_editor), qPrintable(name));
        // Rows shown again get their full height, messages included (QTBUG in setRowVisible).
        QCoreApplication::processEvents();
        for (const QString& name : shown)
            QVERIFY2(field_(name)->height() >= field_(name)->minimumSizeHint().height(), qPrintable(name));
    }

    void hyperbandBudgetShows()
    {
        auto* combo = m_editor->findChild<QComboBox*>(QStringLiteral("search.method"));
        Q_EMIT combo->activated(combo->findData(int(SearchMethod::Hyperband)));
        typeInto(lineEdit(QStringLiteral("search.minFraction")), QStringLiteral("1/81"));
        const QString info = m_editor->findChild<QLabel*>(QStringLiteral("searchInfo"))->text();
        QVERIFY2(info.startsWith(QStringLiteral("Trials: 143 · search compute: 23.48 (in full runs)")),
                 qPrintable(info));
    }

    void gridSizesAreAList()
    {
        auto* combo = m_editor->findChild<QComboBox*>(QStringLiteral("search.method"));
        Q_EMIT combo->activated(combo->findData(int(SearchMethod::Grid)));
        auto* grid = m_editor->findChild<QLineEdit*>(QStringLiteral("search.gridSizes"));
        QTest::keyClicks(grid, QStringLiteral("3 x 4 x 5"));
        QCOMPARE(m_fx->document.scenario(0).search.gridSizes, (std::vector<double> {3, 4, 5}));
        QCOMPARE(m_fx->document.estimate(0).searchBudget.trials, 60.0);
        QCOMPARE(grid->text(), QStringLiteral("3 x 4 x 5"));
        m_fx->document.undoStack()->undo(); // the grid sizes
        QCOMPARE(grid->text(), QString());
    }

    void switchesScenario()
    {
        typeInto(lineEdit(QStringLiteral("facility.pue")), QStringLiteral("abc")); // discarded on switching
        m_editor->setCurrentScenario(1);
        QCOMPARE(lineEdit(QStringLiteral("facility.pue"))->text(), QString());
        QVERIFY(field_(QStringLiteral("facility.pue"))->inputError().isEmpty());
        QCOMPARE(m_editor->currentScenario(), 1);
        QCOMPARE(m_editor->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("France"));
        QCOMPARE(lineEdit(QStringLiteral("hardware.mfu"))->text(), QString());
        typeInto(lineEdit(QStringLiteral("hardware.count")), QStringLiteral("16"));
        QCOMPARE(m_fx->document.scenario(1).hardware.count, std::optional<double>(16));
        QCOMPARE(m_fx->document.scenario(0).hardware.count, std::optional<double>(10000));
        Command::removeScenario(&m_fx->document, 0);
        QCOMPARE(m_editor->currentScenario(), 0);
        QCOMPARE(m_editor->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("France"));
        m_fx->document.setProject(QStringLiteral("empty"), {});
        QCOMPARE(m_editor->currentScenario(), -1);
    }

    // --- layout ------------------------------------------------------------------------

    /// Editor and results side by side at 1280×800, as the main window lays them out.
    void layoutAt1280x800() { checkLayout(QStringLiteral("editor-results")); }

    /// The same with every text of these views 40 % longer, as German or Portuguese will be.
    void layoutWithLongerTexts()
    {
        PseudoTranslator longer;
        QVERIFY(QCoreApplication::installTranslator(&longer));
        checkLayout(QStringLiteral("editor-results-long"));
        QCoreApplication::removeTranslator(&longer);
    }

private:
    /// No one-line label of the editor may be cut, and the editor must fit its scroll
    /// area's width; AICARBON_SCREENSHOT_DIR keeps PNGs to look at.
    void checkLayout(const QString& name)
    {
        QWidget window;
        auto* row = new QHBoxLayout(&window);
        auto* scroll = new QScrollArea;
        auto* editor = new ScenarioEditor(m_fx->context);
        scroll->setWidget(editor);
        scroll->setWidgetResizable(true);
        auto* results = new ResultsPanel(m_fx->context);
        row->addWidget(scroll, 1);
        row->addWidget(results, 1);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        results->findChild<QToolButton*>(QStringLiteral("howToggle"))->click();
        QCoreApplication::processEvents();
        QVERIFY2(editor->width() <= scroll->viewport()->width(), "the editor needs a horizontal scroll bar");
        for (const QLabel* label : editor->findChildren<QLabel*>()) {
            if (label->isVisibleTo(editor) && !label->wordWrap() && !label->text().isEmpty())
                QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
        }
        const QString dir = QString::fromLocal8Bit(qgetenv("AICARBON_SCREENSHOT_DIR"));
        if (dir.isEmpty())
            return;
        window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
        editor->grab().save(QDir(dir).filePath(name + QStringLiteral("-editor.png")));
        results->findChild<QScrollArea*>()->widget()->grab().save(
            QDir(dir).filePath(name + QStringLiteral("-results.png")));
    }

    OptionalNumberField* field_(const QString& name) const
    {
        return m_editor->findChild<OptionalNumberField*>(name);
    }
    QLineEdit* lineEdit(const QString& name) const
    {
        OptionalNumberField* f = field_(name);
        return f ? f->lineEdit() : nullptr;
    }
    QString resultText(const char* key) const
    {
        auto* l = m_results->findChild<QLabel*>(QStringLiteral("result.") + QLatin1StringView(key));
        return l ? l->text() : QString();
    }

    std::unique_ptr<GuiFixture> m_fx;
    std::unique_ptr<QWidget> m_window;
    ScenarioEditor* m_editor = nullptr;
    ResultsPanel* m_results = nullptr;
};

QTEST_MAIN(TestScenarioEditor)
#include "tst_scenarioeditor.moc"
