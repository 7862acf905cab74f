import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from framing import compare, plots


@pytest.fixture(autouse=True)
def _theme_and_close():
    plots.set_theme()
    yield
    plt.close("all")


def _saved(ax, name, tmp_path):
    paths = plots.save_figure(ax, name, directory=tmp_path)
    assert [p.name for p in paths] == [f"{name}.png", f"{name}.svg"]
    for path in paths:
        assert path.stat().st_size > 0
    assert paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in paths[1].read_bytes()[:2000]


def _ticks(ax):
    return [t.get_text() for t in ax.get_yticklabels()]


def test_log_odds_plot(tmp_path):
    frame = compare.log_odds(
        {"dreamers": 9, "families": 6, "wall": 1, "border": 10, "crime": 1},
        {"dreamers": 1, "families": 2, "wall": 9, "border": 10, "crime": 6},
        names=("left", "right"),
    )
    ax = plots.log_odds(frame, top=2)
    # Two terms per side, listed top to bottom: left's first, right's last.
    assert _ticks(ax) == ["dreamers", "families", "crime", "wall"]
    bars = ax.patches
    assert len(bars) == 4
    widths = [b.get_width() for b in bars]
    assert widths[0] > 0 and widths[1] > 0 and widths[2] < 0 and widths[3] < 0
    assert to_hex(bars[0].get_facecolor()) == plots.BIAS_COLORS["left"]
    assert to_hex(bars[3].get_facecolor()) == plots.BIAS_COLORS["right"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["left", "right"]
    _saved(ax, "log_odds", tmp_path)


def test_log_odds_plot_without_terms():
    ax = plots.log_odds(compare.log_odds({"x": 1}, {"x": 1}))
    assert len(ax.patches) == 0
    assert ax.texts[0].get_text() == "no distinguishing terms"


def test_group_rates_plot(tmp_path):
    frame = pd.DataFrame(
        {
            "value": ["loaded_author_per_1k"] * 3,
            "group": ["right", "left", "center"],
            "stat": ["mean"] * 3,
            "estimate": [2.0, 0.5, 1.0],
            "low": [1.5, 0.2, 0.6],
            "high": [2.6, 0.9, 1.5],
            "n_articles": [10, 8, 7],
            "n_missing": [0, 0, 0],
            "n_clusters": [3, 2, 2],
        }
    )
    ax = plots.group_rates(frame)
    # Bias groups read left, center, right from the top (tick labels top to bottom).
    assert _ticks(ax) == ["left (n=8)", "center (n=7)", "right (n=10)"]
    assert len(ax.containers) == 3  # one error bar per estimate
    points = [c.lines[0].get_xydata()[0].tolist() for c in ax.containers]
    assert points == [[0.5, 2.0], [1.0, 1.0], [2.0, 0.0]]
    bars = [c.lines[2][0].get_segments()[0][:, 0].tolist() for c in ax.containers]
    assert bars == [[0.2, 0.9], [0.6, 1.5], [1.5, 2.6]]
    assert ax.get_xlabel() == "mean of loaded_author_per_1k"
    _saved(ax, "group_rates", tmp_path)


def test_group_rates_plot_from_compare_with_two_values(tmp_path):
    features = pd.DataFrame(
        {"a": [1.0, 2.0, 3.0, 4.0], "b": [0.0, 1.0, 1.0, 1.0], "g": list("xxyy")}
    )
    frame = pd.concat(
        [compare.group_rates(features, v, "g", n_boot=50) for v in ("a", "b")]
    )
    ax = plots.group_rates(frame)
    assert _ticks(ax) == ["a: x (n=2)", "a: y (n=2)", "b: x (n=2)", "b: y (n=2)"]
    _saved(ax, "group_rates_two", tmp_path)


def test_label_shares_plot(tmp_path):
    features = pd.DataFrame(
        {
            "label_illegal_author": [3, 0, 1],
            "label_undocumented_author": [1, 2, 0],
            "label_alien_author": [0, 0, 0],
            "bias": ["right", "left", "center"],
        }
    )
    ax = plots.label_shares(compare.label_shares(features, "bias"))
    assert len(ax.patches) == 9  # 3 groups x 3 labels
    assert _ticks(ax) == ["left", "center", "right"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["illegal", "undocumented", "alien"]
    # The right bar (the bottom one, at y = 0): illegal 3/4 then undocumented 1/4.
    right = [p for p in ax.patches if -0.5 < p.get_y() < 0]
    assert [round(p.get_width(), 3) for p in right] == [0.75, 0.25, 0.0]
    _saved(ax, "label_shares", tmp_path)


def test_quote_balance_plot(tmp_path):
    features = pd.DataFrame(
        {
            "quoted_words_enforcement": [30, 0, 10],
            "quoted_words_immigrant_rights": [10, 20, 10],
            "quoted_words_unknown": [0, 0, 20],
            "outlet_bias": ["right", "left", "left"],
        }
    )
    ax = plots.quote_balance(features, "outlet_bias")
    assert len(ax.patches) == 6  # 2 groups x 3 sides
    assert _ticks(ax) == ["left", "right"]
    colors = [to_hex(p.get_facecolor()) for p in ax.patches]
    assert colors[::2] == [
        plots.SIDE_COLORS["enforcement"],
        plots.SIDE_COLORS["immigrant_rights"],
        plots.SIDE_COLORS["unknown"],
    ]
    widths = [round(p.get_width(), 3) for p in ax.patches]
    # Bars drawn side by side: (left, right) for each side in turn.
    assert widths == [0.167, 0.75, 0.5, 0.25, 0.333, 0.0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["enforcement", "immigrant rights", "unknown"]
    _saved(ax, "quote_balance", tmp_path)


def test_label_trend_plot(tmp_path):
    features = pd.DataFrame(
        {
            "label_illegal_author": [3, 1, 0, 0, 2],
            "label_undocumented_author": [1, 1, 2, 2, 0],
            "label_alien_author": [0, 2, 0, 0, 0],
            "date": pd.to_datetime(
                ["2012-02-01", "2014-05-05", "2012-08-08", "2014-03-03", "2014-09-09"]
            ),
            "bias": ["right", "right", "left", "left", "left"],
        }
    )
    frame = compare.label_shares_by_period(features, "date", "bias", min_articles=1)
    axes = plots.label_trend(
        frame,
        labels=["illegal", "undocumented"],
        event="2013-04-02",
        event_label="AP change",
    )
    assert [ax.get_title() for ax in axes] == ["left (n=3)", "right (n=2)"]
    left, right = axes
    lines = {line.get_label(): line for line in right.get_lines()}
    assert list(lines) == ["illegal", "undocumented", "AP change"]
    # right: 2012 illegal 3 of 4 labels; 2014 illegal 1 of 4 (alien 2 is not drawn,
    # but still counts in the denominator).
    assert lines["illegal"].get_ydata().tolist() == [0.75, 0.25]
    x = pd.to_datetime(lines["illegal"].get_xdata()).strftime("%Y-%m-%d").tolist()
    assert x == ["2012-07-02", "2014-07-02"]  # the middle of each year
    assert pd.Timestamp(lines["AP change"].get_xdata()[0]) == pd.Timestamp("2013-04-02")
    assert [t.get_text() for t in left.get_xticklabels()] == ["2012", "2014"]
    assert left.get_lines()[0].get_ydata().tolist() == [0.0, 0.5]
    legend = [t.get_text() for t in right.get_legend().get_texts()]
    assert legend == ["illegal", "undocumented", "AP change"]
    _saved(axes[0].figure, "label_trend", tmp_path)


def test_label_trend_plot_without_periods():
    empty = compare.label_shares_by_period(
        pd.DataFrame(
            {"label_illegal_author": [1], "date": pd.to_datetime(["2012-01-01"])}
        ),
        "date",
        min_articles=5,
    )
    axes = plots.label_trend(empty)
    assert axes[0].texts[0].get_text() == "no periods with enough articles"


def test_confusion_matrix_plot(tmp_path):
    y_true = ["left", "left", "center", "right", "right", "right"]
    y_pred = ["left", "center", "center", "right", "right", "left"]
    ax = plots.confusion_matrix(y_true, y_pred)
    assert _ticks(ax) == ["left", "center", "right"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["left", "center", "right"]
    cells = [t.get_text() for t in ax.texts]
    # Row by row: left 1/2 right, 1/2 as center; center all right; right 1/3 as left.
    assert cells == [
        "0.50\n(1)",
        "0.50\n(1)",
        "0.00\n(0)",
        "0.00\n(0)",
        "1.00\n(1)",
        "0.00\n(0)",
        "0.33\n(1)",
        "0.00\n(0)",
        "0.67\n(2)",
    ]
    counts = plots.confusion_matrix(y_true, y_pred, normalize=False)
    assert [t.get_text() for t in counts.texts][-3:] == ["1", "0", "2"]
    _saved(ax, "confusion", tmp_path)


def test_confusion_matrix_plot_rejects_unequal_lengths():
    with pytest.raises(ValueError, match="2 true classes but 1 predictions"):
        plots.confusion_matrix(["left", "right"], ["left"])


def test_coefficients_plot(tmp_path):
    frame = pd.DataFrame(
        {
            "class": ["left"] * 4 + ["right"] * 4,
            "feature": ["undocumented", "words", "quotes", "loaded"] * 2,
            "coef": [0.8, 0.2, -0.1, -0.6, -0.7, -0.2, 0.1, 0.9],
        }
    )
    axes = plots.coefficients(frame, top=1)
    assert [ax.get_title() for ax in axes] == ["toward left", "toward right"]
    assert [_ticks(ax) for ax in axes] == [
        ["undocumented", "loaded"],
        ["loaded", "undocumented"],
    ]
    colors = [to_hex(p.get_facecolor()) for p in axes[1].patches]
    assert colors == [plots.BIAS_COLORS["right"], "#b0b0b0"]
    assert [p.get_width() for p in axes[0].patches] == [0.8, -0.6]
    only_right = plots.coefficients(frame, classes=["right"], top=2)
    assert _ticks(only_right[0]) == ["loaded", "quotes", "words", "undocumented"]
    _saved(axes[0].figure, "coefficients", tmp_path)
