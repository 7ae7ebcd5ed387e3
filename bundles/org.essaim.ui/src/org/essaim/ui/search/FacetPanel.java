/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.essaim.index.FacetCounts;
import org.essaim.index.FacetFilter;
import org.essaim.index.FacetValue;

/**
 * The facets of the shown results as a tree: each dimension ("Territoire") with its values and their counts
 * ("rural (8)"). Checking a value narrows the search to it (drill down); unchecking widens it again.
 */
final class FacetPanel {

	/** Item data key: the value's count relative to the largest of its dimension, drawn as a bar after the label. */
	private static final String BAR = "essaim.facetBar";
	private static final int BAR_WIDTH = 48;

	private final Tree tree;
	private final Set<FacetFilter> active = new LinkedHashSet<>();
	private final Consumer<List<FacetFilter>> filtersChanged;

	FacetPanel(Composite parent, Consumer<List<FacetFilter>> filtersChanged) {
		this.filtersChanged = filtersChanged;
		tree = new Tree(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
		tree.setToolTipText(Messages.facets_tooltip);
		tree.addListener(SWT.PaintItem, this::paintBar);
		tree.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.CHECK && event.item instanceof TreeItem item) {
				toggle(item);
			}
		});
	}

	Tree control() {
		return tree;
	}

	/** The filters checked, in the order they were chosen. */
	List<FacetFilter> filters() {
		return List.copyOf(active);
	}

	/** Adds a filter (replacing another value of the same dimension), e.g. from the map. */
	void select(FacetFilter filter) {
		active.removeIf(f -> f.dimension().equals(filter.dimension()));
		active.add(filter);
		filtersChanged.accept(filters());
	}

	void clear() {
		if (!active.isEmpty()) {
			active.clear();
			filtersChanged.accept(filters());
		}
	}

	/**
	 * Shows the counts of the latest results. Active filters stay listed (checked) even when the counts do not
	 * name them, so that the user can always uncheck them.
	 */
	void show(List<FacetCounts> facets) {
		tree.setRedraw(false);
		try {
			tree.removeAll();
			List<FacetFilter> unseen = new ArrayList<>(active);
			for (FacetCounts dimension : facets) {
				if (dimension.values().isEmpty()) {
					continue;
				}
				TreeItem parent = new TreeItem(tree, SWT.NONE);
				parent.setText(dimension.label());
				parent.setData(dimension.dimension());
				parent.setGrayed(true);
				boolean anyChecked = false;
				int max = dimension.values().stream().mapToInt(FacetValue::count).max().orElse(0);
				for (FacetValue value : dimension.values()) {
					FacetFilter filter = new FacetFilter(dimension.dimension(), value.value());
					TreeItem child = new TreeItem(parent, SWT.NONE);
					child.setText(NLS.bind(Messages.facets_value, value.value(), value.count()));
					child.setData(filter);
					child.setData(BAR, max > 0 ? value.count() / (double) max : 0.0);
					boolean checked = active.contains(filter);
					child.setChecked(checked);
					anyChecked |= checked;
					unseen.remove(filter);
				}
				parent.setChecked(anyChecked);
				parent.setExpanded(anyChecked || facets.indexOf(dimension) < 3);
			}
			for (FacetFilter filter : unseen) {
				TreeItem item = new TreeItem(tree, SWT.NONE);
				item.setText(NLS.bind(Messages.facets_value, filter.dimension() + " = " + filter.value(), 0));
				item.setData(filter);
				item.setChecked(true);
			}
		} finally {
			tree.setRedraw(true);
		}
	}

	/** The label and count shown for a value of a dimension, or null when it is not shown. */
	String shownLabel(String dimension, String value) {
		for (TreeItem parent : tree.getItems()) {
			for (TreeItem child : parent.getItems()) {
				if (child.getData() instanceof FacetFilter f && f.dimension().equals(dimension) && f.value().equals(value)) {
					return child.getText();
				}
			}
		}
		return null;
	}

	/** Checks (or unchecks) a shown value as a click on its box would; false when the value is not shown. */
	boolean click(String dimension, String value) {
		for (TreeItem parent : tree.getItems()) {
			for (TreeItem child : parent.getItems()) {
				if (child.getData() instanceof FacetFilter f && f.dimension().equals(dimension) && f.value().equals(value)) {
					child.setChecked(!child.getChecked());
					org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
					event.item = child;
					event.detail = SWT.CHECK;
					tree.notifyListeners(SWT.Selection, event);
					return true;
				}
			}
		}
		return false;
	}

	/** Draws the count as a small bar after the label, so that the facets read as a chart at a glance. */
	private void paintBar(org.eclipse.swt.widgets.Event event) {
		if (!(event.item instanceof TreeItem item) || !(item.getData(BAR) instanceof Double share) || share <= 0) {
			return;
		}
		org.eclipse.swt.graphics.GC gc = event.gc;
		org.eclipse.swt.graphics.Color previous = gc.getBackground();
		gc.setBackground(tree.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		// Bars start in one column at the right edge (aligned, hence comparable), unless a long label reaches it.
		int x = Math.max(event.x + event.width + 6, tree.getClientArea().width - BAR_WIDTH - 6);
		int height = Math.max(4, event.height / 3);
		gc.fillRectangle(x, event.y + (event.height - height) / 2, Math.max(2, (int) Math.round(BAR_WIDTH * share)), height);
		gc.setBackground(previous);
	}

	private void toggle(TreeItem item) {
		if (!(item.getData() instanceof FacetFilter filter)) {
			item.setChecked(!item.getChecked()); // a dimension is not a filter: its box only mirrors its values
			return;
		}
		if (item.getChecked()) {
			active.add(filter);
		} else {
			active.remove(filter);
		}
		filtersChanged.accept(filters());
	}
}
