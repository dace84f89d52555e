// The catalog's filter bar (FlowLayout): one row when there is room, wrapped rows otherwise, and
// never an item narrower than it asks to be (a cut-off "信息资源格式：全部" was the reason for it).
#include "FlowLayout.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

using namespace sy;

class TestFlowLayout : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneRowWhenWide();
    void wrapsWhenNarrow();
    void heightFollowsWidth();

private:
    QWidget *m_host = nullptr;
    FlowLayout *m_layout = nullptr;
    QLineEdit *m_search = nullptr;
    QList<QComboBox *> m_combos;
};

void TestFlowLayout::init()
{
    m_host = new QWidget;
    m_layout = new FlowLayout(m_host, 4);
    m_search = new QLineEdit;
    m_search->setMinimumWidth(220);
    m_layout->addWidget(m_search);
    m_combos.clear();
    for (int i = 0; i < 6; ++i) {
        auto *combo = new QComboBox;
        combo->addItem(QStringLiteral("信息资源格式：全部"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_layout->addWidget(combo);
        m_combos << combo;
    }
}

void TestFlowLayout::cleanup()
{
    delete m_host;
    m_host = nullptr;
}

void TestFlowLayout::oneRowWhenWide()
{
    const int wanted = m_layout->sizeHint().width();
    m_host->resize(wanted + 300, m_layout->heightForWidth(wanted + 300));
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host));
    for (QComboBox *c : std::as_const(m_combos)) {
        QCOMPARE(c->y(), m_search->y());
        QCOMPARE(c->width(), c->sizeHint().width());
    }
    // The row's spare room goes to the search box.
    QCOMPARE(m_search->width(),
             m_search->sizeHint().expandedTo(m_search->minimumSize()).width() + 300);
    QCOMPARE(m_combos.last()->geometry().right(), m_host->width() - 1);
}

void TestFlowLayout::wrapsWhenNarrow()
{
    const int width = m_layout->sizeHint().width() * 2 / 3;
    m_host->resize(width, m_layout->heightForWidth(width));
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host));
    QVERIFY(m_combos.last()->y() > m_search->y());
    for (QComboBox *c : std::as_const(m_combos)) {
        QCOMPARE(c->width(), c->sizeHint().width()); // whole, not cut off
        QVERIFY(c->geometry().right() < width);
    }
}

void TestFlowLayout::heightFollowsWidth()
{
    const int wide = m_layout->sizeHint().width();
    const int oneRow = m_layout->heightForWidth(wide);
    QCOMPARE(oneRow, m_layout->sizeHint().height());
    QVERIFY(m_layout->heightForWidth(wide / 2) > oneRow);
    QVERIFY(m_layout->heightForWidth(wide / 4) > m_layout->heightForWidth(wide / 2));
    QVERIFY(m_layout->hasHeightForWidth());
}

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
