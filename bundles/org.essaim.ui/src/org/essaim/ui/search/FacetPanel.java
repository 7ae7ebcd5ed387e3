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

	private final Tree tree;
	private final Set<FacetFilter> active = new LinkedHashSet<>();
	private final Consumer<List<FacetFilter>> filtersChanged;

	FacetPanel(Composite parent, Consumer<List<FacetFilter>> filtersChanged) {
		this.filtersChanged = filtersChanged;
		tree = new Tree(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
		tree.setToolTipText(Messages.facets_tooltip);
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
				for (FacetValue value : dimension.values()) {
					FacetFilter filter = new FacetFilter(dimension.dimension(), value.value());
					TreeItem child = new TreeItem(parent, SWT.NONE);
					child.setText(NLS.bind(Messages.facets_value, value.value(), value.count()));
					child.setData(filter);
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
