import math

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


def _assert_legend_clear(ax):
    """No bar, point or line vertex of ``ax`` lies under its legend."""
    ax.figure.canvas.draw()
    legend = ax.get_legend().get_window_extent()
    for patch in ax.patches:
        box = patch.get_window_extent()
        if box.width > 0.5 and box.height > 0.5:
            assert not legend.overlaps(box), f"legend covers a bar at {box}"
    for line in ax.get_lines():
        xy = line.get_xydata()
        if line.get_label().startswith("_") or len(xy) < 1:
            continue
        for x_disp, y_disp in ax.transData.transform(xy):
            assert not legend.contains(x_disp, y_disp), f"legend covers {line}"


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
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "left (n=27 words)",
        "right (n=28 words)",
    ]
    _assert_legend_clear(ax)
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
    # n_clusters differs from n_articles: outlets were resampled, so both are given
    assert _ticks(ax) == [
        "left (n=8 articles, 2 outlets)",
        "center (n=7 articles, 2 outlets)",
        "right (n=10 articles, 3 outlets)",
    ]
    assert len(ax.containers) == 3  # one error bar per estimate
    points = [c.lines[0].get_xydata()[0].tolist() for c in ax.containers]
    assert points == [[0.5, 2.0], [1.0, 1.0], [2.0, 0.0]]
    bars = [c.lines[2][0].get_segments()[0][:, 0].tolist() for c in ax.containers]
    assert bars == [[0.2, 0.9], [0.6, 1.5], [1.5, 2.6]]
    # issue 20: words, not the raw column name, and what the bars are
    assert ax.get_xlabel() == (
        "mean of loaded terms per 1,000 author words per group\n"
        "bars: 95 % percentile bootstrap interval, resampling outlets"
    )
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
    assert _ticks(ax) == ["left (n=1)", "center (n=1)", "right (n=1)"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["illegal", "undocumented", "alien"]
    _assert_legend_clear(ax)
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
    assert _ticks(ax) == ["left (n=2)", "right (n=1)"]
    _assert_legend_clear(ax)
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
    # 2013 has no articles: the line breaks there (NaN) instead of joining
    # 2012 to 2014 (issue #11 item 8)
    y = lines["illegal"].get_ydata().tolist()
    assert y[0] == 0.75 and math.isnan(y[1]) and y[2] == 0.25
    x = pd.to_datetime(lines["illegal"].get_xdata()).strftime("%Y-%m-%d").tolist()
    assert x[0] == "2012-07-02" and x[2] == "2014-07-02"  # the middle of each year
    assert pd.Timestamp(lines["AP change"].get_xdata()[0]) == pd.Timestamp("2013-04-02")
    assert [t.get_text() for t in left.get_xticklabels()] == ["2012", "2014"]
    assert left.get_lines()[0].get_ydata().tolist()[::2] == [0.0, 0.5]
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


def test_label_trend_breaks_lines_at_missing_years():
    # center has 2012 and 2015 only: no line may join them across 2013-2014
    features = pd.DataFrame(
        {
            "label_illegal_author": [2, 1, 1, 1, 2, 0],
            "label_undocumented_author": [0, 1, 1, 1, 0, 2],
            "date": pd.to_datetime(
                [
                    "2012-03-01",
                    "2015-03-01",
                    "2012-03-01",
                    "2013-03-01",
                    "2014-03-01",
                    "2015-03-01",
                ]
            ),
            "bias": ["center", "center", "left", "left", "left", "left"],
        }
    )
    frame = compare.label_shares_by_period(features, "date", "bias", min_articles=1)
    left, center = plots.label_trend(frame, labels=["illegal"])
    assert left.get_lines()[0].get_ydata().tolist() == [0.5, 0.5, 1.0, 0.0]
    center_y = center.get_lines()[0].get_ydata().tolist()
    assert center_y[0] == 1.0 and math.isnan(center_y[1]) and center_y[2] == 0.5


def test_terms_by_voice_states_n_and_keeps_legend_off_the_bars(seed_text):
    from framing import find_loaded_terms

    ax = plots.terms_by_voice(find_loaded_terms(seed_text), n_articles=1)
    assert ax.get_title() == "Loaded terms by voice (7 matches in 1 article)"
    _assert_legend_clear(ax)


def test_quote_voice_by_side_notes_fit_and_n():
    ax = plots.quote_voice_by_side(
        {"enforcement": 75, "immigrant_rights": 0},
        {"immigrant_rights": 1},
        n_articles=1,
    )
    assert ax.get_title() == "Who gets a voice (1 article)"
    ax.figure.canvas.draw()
    frame = ax.get_window_extent()
    for note in ax.texts:
        box = note.get_window_extent()
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, note.get_text()


def test_confusion_matrix_title_gives_n():
    ax = plots.confusion_matrix(["left", "right", "right"], ["left", "left", "right"])
    assert ax.get_title() == "Confusion matrix (row shares, n=3)"


@pytest.mark.parametrize(
    ("column", "words"),
    [
        ("label_alien_author", '"alien" labels (author)'),
        ("label_illegally_author", '"in the country illegally" (author)'),
        ("loaded_author_per_1k", "loaded terms per 1,000 author words"),
        ("n_words_author", "words in the author's voice"),
        ("quotes_direct", "direct quotes"),
        ("sources_enforcement", "sources: enforcement side"),
        ("quoted_words_unknown", "words quoted from uncoded speakers"),
        (
            "direct_share_immigrant_rights",
            "share of direct voice: immigrant-rights side",
        ),
        ("frame_economic_per_1k", "frame economic per 1,000 words"),
        ("us-mexico", "us-mexico"),
    ],
)
def test_feature_label(column, words):
    assert plots.feature_label(column) == words


def test_coefficients_use_readable_feature_names():
    frame = pd.DataFrame(
        {
            "class": ["right"] * 3,
            "feature": ["label_alien_author", "n_words", "quotes_direct"],
            "coef": [0.6, 0.1, -0.4],
        }
    )
    (ax,) = plots.coefficients(frame, top=1, n_articles=1547)
    assert _ticks(ax) == ['"alien" labels (author)', "direct quotes"]
    assert ax.get_xlabel().endswith("\nfitted on 1,547 articles")
    (raw,) = plots.coefficients(frame, top=1, readable=False)
    assert _ticks(raw) == ["label_alien_author", "quotes_direct"]


# ---------------------------------------------------------------------------
# Issue 20: figures a paper can print


def test_group_rates_takes_words_for_the_values():
    features = pd.DataFrame({"share_loaded": [0.1, 0.3, 0.2], "g": list("xxy")})
    frame = compare.group_rates(features, "share_loaded", "g", n_boot=50)
    ax = plots.group_rates(frame, labels={"share_loaded": "loaded share of labels"})
    assert ax.get_title() == "loaded share of labels by group"
    assert "share_loaded" not in ax.get_xlabel()
    assert "resampling articles" in ax.get_xlabel()


def test_terms_by_voice_draws_the_top_terms_and_sums_the_rest():
    from types import SimpleNamespace

    terms = [f"term {i:02d}" for i in range(56) for _ in range(56 - i)]
    matches = [SimpleNamespace(term=t, loaded=True, in_quote=False) for t in terms]
    ax = plots.terms_by_voice(matches, n_articles=1547, top=15)
    ticks = _ticks(ax)
    assert ticks[:15] == [f"term {i:02d}" for i in range(15)]
    assert ticks[15:] == ["41 other terms"]
    heights = sorted(p.get_width() for p in ax.patches if p.get_width() > 0)
    assert heights[-1] == sum(56 - i for i in range(15, 56))  # the rest, summed
    assert "1,547 articles" in ax.get_title()


def test_frame_figures_state_n_and_the_interval():
    diff = pd.DataFrame(
        {
            "value": ["frame_morality"],
            "first": "left",
            "second": "right",
            "difference": [0.05],
            "low": [0.02],
            "high": [0.08],
            "n_first": [600],
            "n_second": [500],
            "n_clusters_first": [20],
            "n_clusters_second": [15],
        }
    )
    ax = plots.frame_differences(diff)
    assert ax.get_title() == "frames: right vs left (500 right, 600 left articles)"
    assert "95 % percentile bootstrap interval, resampling outlets" in ax.get_xlabel()
    table = pd.DataFrame({"frame_economic": [0.3]}, index=["taxes"])
    ax = plots.frame_shares(table, title="frames", n_articles=25)
    assert ax.get_title() == "frames (25 articles)"


def test_saved_figures_are_byte_stable(tmp_path):
    import matplotlib.pyplot as plt

    contents = []
    for run in range(2):
        with plt.rc_context({"svg.hashsalt": None}):  # whatever the theme says
            ax = plots.frame_shares(pd.DataFrame({"frame_economic": [0.3]}))
            paths = plots.save_figure(ax, "stable", tmp_path / str(run))
        contents.append([p.read_bytes() for p in paths])
        plt.close(ax.figure)
    assert contents[0] == contents[1]
    assert b"<dc:date>" not in contents[0][1]
