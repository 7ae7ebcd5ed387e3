/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.analysis;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The nodes of a graph that reach themselves (Tarjan's strongly connected components, iterative): one pass,
 * linear in nodes and edges, and no recursion, so that a chain of 100,000 groups or phases neither takes
 * quadratic time nor overflows the stack. Nodes compare by identity, as the language's elements do.
 */
public final class Cycles {

	private Cycles() {
	}

	/**
	 * The nodes of {@code nodes} that lie on a cycle. {@code successors} is asked once per node; successors that
	 * are not among {@code nodes} are ignored.
	 */
	public static <T> Set<T> nodesInCycles(Collection<? extends T> nodes, Function<? super T, ? extends List<? extends T>> successors) {
		Map<T, Node> graph = new IdentityHashMap<>();
		for (T node : nodes) {
			graph.putIfAbsent(node, new Node());
		}
		Set<T> inCycles = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<T> stack = new ArrayDeque<>();
		int counter = 0;
		for (T start : graph.keySet()) {
			if (graph.get(start).index >= 0) {
				continue;
			}
			Deque<Frame<T>> work = new ArrayDeque<>();
			counter = visit(start, graph, successors, stack, work, counter);
			while (!work.isEmpty()) {
				Frame<T> frame = work.peek();
				Node node = graph.get(frame.element);
				if (frame.next < frame.successors.size()) {
					T successor = frame.successors.get(frame.next++);
					Node target = graph.get(successor);
					if (target == null) {
						continue;
					}
					if (successor == frame.element) {
						node.selfLoop = true;
					}
					if (target.index < 0) {
						counter = visit(successor, graph, successors, stack, work, counter);
					} else if (target.onStack) {
						node.low = Math.min(node.low, target.index);
					}
					continue;
				}
				work.pop();
				if (!work.isEmpty()) {
					Node parent = graph.get(work.peek().element);
					parent.low = Math.min(parent.low, node.low);
				}
				if (node.low == node.index) {
					closeComponent(frame.element, node, graph, stack, inCycles);
				}
			}
		}
		return inCycles;
	}

	private static <T> int visit(T element, Map<T, Node> graph, Function<? super T, ? extends List<? extends T>> successors, Deque<T> stack,
			Deque<Frame<T>> work, int counter) {
		Node node = graph.get(element);
		node.index = counter;
		node.low = counter;
		node.onStack = true;
		stack.push(element);
		List<? extends T> next = successors.apply(element);
		work.push(new Frame<>(element, next == null ? List.of() : next));
		return counter + 1;
	}

	/** Pops the component whose root is {@code root}; it is a cycle when it has two nodes or more, or a self-loop. */
	private static <T> void closeComponent(T root, Node rootNode, Map<T, Node> graph, Deque<T> stack, Set<T> inCycles) {
		boolean single = stack.peek() == root;
		T member;
		do {
			member = stack.pop();
			graph.get(member).onStack = false;
			if (!single || rootNode.selfLoop) {
				inCycles.add(member);
			}
		} while (member != root);
	}

	/** Tarjan's bookkeeping for one node. */
	private static final class Node {
		int index = -1;
		int low;
		boolean onStack;
		boolean selfLoop;
	}

	/** A node being explored and the position of its next successor. */
	private static final class Frame<T> {
		final T element;
		final List<? extends T> successors;
		int next;

		Frame(T element, List<? extends T> successors) {
			this.element = element;
			this.successors = successors;
		}
	}
}
