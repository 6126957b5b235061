// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitesthelpers.h"
#include "scenariocommands.h"
#include "scenariolistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace aicarbon;
using test::GuiFixture;

class TestScenarioListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheDocument()
    {
        GuiFixture fx;
        fx.document.setProject(QStringLiteral("P"),
                               {GuiFixture::plan("France"), GuiFixture::plan("US", "US")});
        ScenarioListModel model(&fx.document, &fx.settings);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("France (baseline)"));
        QCOMPARE(model.data(model.index(1), Qt::EditRole).toString(), QStringLiteral("US"));
        QVERIFY(model.data(model.index(1), Qt::ToolTipRole).toString().contains(QStringLiteral("CO2e")));

        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1), QStringLiteral("United States")));
        QCOMPARE(fx.document.scenario(1).name, std::string("United States"));
        QCOMPARE(dataChanged.count(), 1);
        QVERIFY(!model.setData(model.index(1), QStringLiteral("   "))); // empty names are refused

        Command::duplicateScenario(&fx.document, 0);
        QCOMPARE(model.rowCount(), 3);
        Command::setBaseline(&fx.document, 2);
        QCOMPARE(model.data(model.index(2)).toString(), QStringLiteral("United States (baseline)"));
        fx.document.undoStack()->undo();
        fx.document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        fx.settings.setPalette(PaletteKind::Grayscale); // decorations change, the tester checks the signal
    }
};

QTEST_MAIN(TestScenarioListModel)
#include "tst_scenariolistmodel.moc"
