"""Precision, recall and F1 from counts, as every evaluation here reports them."""

from __future__ import annotations


def precision_recall_f1(right: int, predicted: int, found: int, gold: int) -> tuple[float, float, float]:
    """Precision (``right`` of ``predicted``), recall (``found`` of ``gold``) and their harmonic mean; 0 where
    nothing was predicted or due. ``right`` and ``found`` differ where a prediction may match several gold items
    or one gold item several predictions (spans, entities); elsewhere they are the same count."""
    precision = right / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
