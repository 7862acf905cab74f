import numpy as np
import pytest

from framing.classifier import (
    FrameClassifier,
    cross_validate_frames,
    cue_features,
    learning_curve,
    load_model,
    save_model,
)
from framing.errors import InputError
from framing.frames import FRAMES

ECONOMIC = [
    "The new tariffs will cost farmers millions of dollars.",
    "Unemployment rose as factories cut jobs.",
    "The budget deficit grew by two billion dollars.",
    "Wages have stagnated while rents keep climbing.",
    "Small businesses say the tax hike will hurt profits.",
    "The market fell sharply after the announcement.",
]
POLITICAL = [
    "The senator is running for re-election next year.",
    "Republicans and Democrats traded blame in Congress.",
    "The governor's campaign released a new advertisement.",
    "Voters in the primary backed the challenger.",
    "Party leaders whipped votes ahead of the debate.",
    "The candidate courted donors in Iowa.",
]
HEALTH = [
    "Hospitals ran out of beds during the outbreak.",
    "Doctors warned that the virus spreads quickly.",
    "Nurses said patients waited hours in the emergency room.",
    "The vaccine reduced deaths among older adults.",
    "Clinics reported a rise in flu cases.",
    "The disease killed dozens in the region.",
]
SENTENCES = ECONOMIC + POLITICAL + HEALTH
LABELS = ["economic"] * 6 + ["political"] * 6 + ["health_safety"] * 6


@pytest.fixture(scope="module")
def model():
    return FrameClassifier().fit(SENTENCES, LABELS)


def test_fit_predict_proba_and_classes(model):
    assert list(model.classes_) == ["economic", "health_safety", "political"]
    unseen = [
        "Taxes and jobs dominate the budget talks.",
        "The party lost the election in November.",
        "Patients crowded the hospital as the virus spread.",
    ]
    assert list(model.predict(unseen)) == ["economic", "political", "health_safety"]
    proba = model.predict_proba(unseen)
    assert proba.shape == (3, 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert model.predict_frame(None) is None
    assert model.predict_frame("The budget costs billions.") == "economic"


def test_user_categories_and_missing_labels():
    labels = ["threat"] * 6 + ["contest"] * 6 + [None] * 6
    model = FrameClassifier().fit(SENTENCES, labels)
    assert list(model.classes_) == ["contest", "threat"]
    with pytest.raises(InputError, match="two different labels"):
        FrameClassifier().fit(SENTENCES[:3], ["a"] * 3)
    with pytest.raises(InputError, match="one label per sentence"):
        FrameClassifier().fit(SENTENCES, LABELS[:-1])


def test_cue_features_by_voice():
    author, quoted = cue_features(
        ["Taxes rose sharply.", 'She said, "taxes rose sharply."']
    )
    economic = FRAMES.index("economic")
    assert author[economic] > 0 and author[15 + economic] == 0
    assert quoted[economic] == 0 and quoted[15 + economic] > 0
    # the lexicon's own frame as a one-hot column; "no frame" for empty input
    empty = cue_features([None])[0]
    assert empty.sum() == 1.0 and empty[-1] == 1.0


def test_cue_features_carry_the_small_data_case():
    # Two training sentences per frame share no words with the test sentences:
    # only the frame cues can generalise.
    train = [
        "Taxes went up.",
        "The economy slowed.",
        "Voters went to the polls.",
        "The senator campaigned.",
    ]
    labels = ["economic", "economic", "political", "political"]
    test = ["Unemployment climbed and wages fell.", "Republicans won the election."]
    with_cues = FrameClassifier().fit(train, labels).predict(test)
    assert list(with_cues) == ["economic", "political"]


def test_save_and_load_with_skops(model, tmp_path):
    path = tmp_path / "frames.skops"
    save_model(model, path)
    loaded = load_model(path)
    assert list(loaded.predict(SENTENCES)) == list(model.predict(SENTENCES))


def test_load_refuses_other_objects(tmp_path):
    import skops.io as sio
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    path = tmp_path / "other.skops"
    sio.dump(Pipeline([("f", FunctionTransformer(np.exp))]), path)
    with pytest.raises(InputError, match="not a framing FrameClassifier file"):
        load_model(path)


def test_cross_validation_grouped_with_baseline():
    groups = [i // 2 for i in range(len(SENTENCES))]
    baseline = ["economic"] * len(SENTENCES)
    result = cross_validate_frames(
        SENTENCES, LABELS, groups=groups, baseline=baseline, n_splits=3, n_repeats=2
    )
    assert len(result["repeats"]) == 2
    assert result["macro_f1"] > result["repeats"]["baseline_macro_f1"].mean()
    low, high = result["accuracy_ci"]
    assert low <= result["report"].accuracy <= high
    assert len(result["predictions"]) == len(SENTENCES)


def test_learning_curve_sizes():
    curve = learning_curve(SENTENCES, LABELS, sizes=[4, 8, 12], n_repeats=3)
    assert curve["n_sentences"].tolist() == [4, 8, 12]
    assert (curve["macro_f1_low"] <= curve["macro_f1"]).all()
    assert (curve["macro_f1"] <= curve["macro_f1_high"]).all()
    assert (curve["n_repeats"] <= 3).all()


def test_profile_with_model_shares_and_voices(model):
    from framing.classifier import profile_with_model

    text = (
        "Taxes and jobs dominate the budget talks. "
        '"Patients crowded the hospital as the virus spread," a nurse said. '
        "The party lost the election in November."
    )
    profile = profile_with_model(text, model)
    assert [s.frame for s in profile.sentences] == [
        "economic",
        "health_safety",
        "political",
    ]
    assert profile.sentences[1].quoted == "health_safety"
    assert profile.scores["economic"] == pytest.approx(1 / 3)
    assert profile.quoted["health_safety"] == 1.0
    for s in profile.sentences:
        assert text[s.start : s.end].strip() == text[s.start : s.end]
    empty = profile_with_model(None, model)
    assert empty.sentences == () and empty.primary is None


def test_frame_profile_and_analyze_use_a_trained_model(model):
    # Your own codes decide: the entry points read the model instead of the cues.
    import pandas as pd

    import framing

    text = (
        "Taxes and jobs dominate the budget talks. "
        "The party lost the election in November. "
        "Voters in the primary backed the challenger."
    )
    profile = framing.frame_profile(text, model=model)
    assert [s.frame for s in profile.sentences] == [
        "economic",
        "political",
        "political",
    ]
    assert profile.primary == "political"
    row = framing.analyze(
        pd.DataFrame({"text": [text, None]}), features=["frames"], frame_model=model
    )
    assert row["frame_primary"].tolist() == ["political", ""]
    assert row["frame_political_author"].iloc[0] == pytest.approx(2 / 3)
    one = framing.article_features(text, features=["frames"], frame_model=model)
    assert one["frame_economic_author"] == pytest.approx(1 / 3)
