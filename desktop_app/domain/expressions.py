"""Safe arithmetic over Decimal for formulas kept in reference data (limit standards, corrections).

Only + − × ÷, unary minus, parentheses, numbers and declared names: a data file can never run code.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation


class ExpressionError(ValueError):
    """The expression uses something other than arithmetic, or an undeclared name."""


_OPS: dict[type[ast.AST], Callable[[Decimal, Decimal], Decimal]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
}


def evaluate(expr: str, names: Mapping[str, Decimal]) -> Decimal:
    """Arithmetic over Decimal with named inputs: + − × ÷, parentheses, numbers. Nothing else is allowed."""
    def walk(node: ast.AST) -> Decimal:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -walk(node.operand)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
            return Decimal(str(node.value))
        if isinstance(node, ast.Name):
            if node.id not in names:
                raise ExpressionError(node.id)
            return names[node.id]
        raise ExpressionError(f"不允许的表达式成分 {type(node).__name__}")
    try:
        return walk(ast.parse(expr, mode="eval"))
    except (SyntaxError, ZeroDivisionError, InvalidOperation) as exc:
        raise ExpressionError(str(exc)) from None


def names_in(expr: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(expr, mode="eval")) if isinstance(n, ast.Name)}
