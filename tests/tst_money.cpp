// Money in Chinese capitals 大写, as the receipt prints it.
#include "models/domain/money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void capitals_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("capitals");
        auto row = [](const char *name, qint64 fen, const char *text) {
            QTest::newRow(name) << fen << QString::fromUtf8(text);
        };
        row("zero", 0, "零元整");
        row("example", 12345, "壹佰贰拾叁元肆角伍分");
        row("whole yuan", 100000, "壹仟元整");
        row("zero inside", 100500, "壹仟零伍元整");
        row("ten", 1000, "壹拾元整");
        row("no jiao", 1005, "壹拾元零伍分");
        row("jiao only", 50, "伍角");
        row("fen only", 7, "柒分");
        row("jiao and no fen", 12340, "壹佰贰拾叁元肆角");
        row("ten thousand", 1000000, "壹万元整");
        row("wan and zero", 1050000, "壹万零伍佰元整");
        row("wan full", 1500000, "壹万伍仟元整");
        row("hundred million", 10000000000LL, "壹亿元整");
        row("yi zero wan", 10001000000LL, "壹亿零壹万元整");
        row("yi and units", 10000000100LL, "壹亿零壹元整");
        row("property fee", 16558, "壹佰陆拾伍元伍角捌分");
        row("negative", -12345, "负壹佰贰拾叁元肆角伍分");
        row("fen only after yuan", 168002, "壹仟陆佰捌拾元零贰分");
        row("inner zero", 140950, "壹仟肆佰零玖元伍角");
        row("ten thousand and more", 10700053, "壹拾万柒仟元伍角叁分");
        row("zero in the wan group", 10050000, "壹拾万零伍佰元整");
        row("yi and thousands", 10000500000LL, "壹亿零伍仟元整");
    }

    void capitals()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, capitals);
        QCOMPARE(Money::chineseCapitals(fen), capitals);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
