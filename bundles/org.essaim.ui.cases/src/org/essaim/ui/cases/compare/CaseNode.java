/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.compare;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.Image;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Source;
import org.essaim.ui.cases.editor.Labels;

/**
 * A case study as a tree the Compare framework can match, field by field: the case's fields, its lists
 * (actors, phases…), their elements (matched by id or name, else by position) and the elements' fields.
 * Nodes with the same key on both sides are compared; a field's content is its value as text.
 */
public final class CaseNode implements ITypedElement, IStructureComparator, IStreamContentAccessor {

	private final String key;
	private final String name;
	private String content;
	private final List<CaseNode> children = new ArrayList<>();

	private CaseNode(String key, String name, String content) {
		this.key = key;
		this.name = name;
		this.content = content;
	}

	/** The tree of a whole case. */
	public static CaseNode of(CaseStudy caseStudy) {
		CaseNode root = new CaseNode("case", caseStudy.getId() + " — " + caseStudy.getTitle(), "");
		addFeatures(root, caseStudy);
		return root;
	}

	private static void addFeatures(CaseNode node, EObject object) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!object.eIsSet(feature)) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				CaseNode list = new CaseNode(feature.getName(), Labels.of(feature) + " (" + ((List<?>) object.eGet(feature)).size() + ")", "");
				int index = 0;
				for (Object element : (List<?>) object.eGet(feature)) {
					EObject child = (EObject) element;
					CaseNode elementNode = new CaseNode(elementKey(child, index++), Labels.describe(child), "");
					addFeatures(elementNode, child);
					elementNode.content = summary(elementNode);
					list.children.add(elementNode);
				}
				node.children.add(list);
			} else {
				node.children.add(new CaseNode(feature.getName(), Labels.of(feature), text(feature, object.eGet(feature))));
			}
		}
	}

	/** An element's fields as « Label : valeur » lines, shown when the element is on one side only. */
	private static String summary(CaseNode element) {
		StringBuilder text = new StringBuilder();
		for (CaseNode field : element.children) {
			text.append(field.name).append(" : ").append(field.content.replace("\n", " / ")).append('\n');
		}
		return text.toString();
	}

	/** Elements with an id or a name are matched by it, so that an insertion does not shift every pair. */
	private static String elementKey(EObject element, int index) {
		for (String attribute : List.of("id", "name", "title", "document")) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(attribute);
			if (feature != null && element.eGet(feature) instanceof String value && !value.isBlank()) {
				return attribute + ":" + value;
			}
		}
		return "#" + index;
	}

	private static String text(EStructuralFeature feature, Object value) {
		if (value instanceof List<?> values) {
			List<String> lines = new ArrayList<>();
			values.forEach(item -> lines.add(text(feature, item)));
			return String.join("\n", lines);
		}
		if (value instanceof Source source) {
			return source.getId() == null ? String.valueOf(source.getDocument()) : source.getId();
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (feature instanceof EAttribute attribute && !(value instanceof String)) {
			return EcoreUtil.convertToString((EDataType) attribute.getEType(), value);
		}
		return String.valueOf(value);
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public String getType() {
		return ITypedElement.TEXT_TYPE;
	}

	@Override
	public Object[] getChildren() {
		return children.toArray();
	}

	@Override
	public InputStream getContents() {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

	/** The value compared, as text (empty for a list or an element). */
	public String content() {
		return content;
	}

	/** The key nodes are matched by across the two sides. */
	public String key() {
		return key;
	}

	public List<CaseNode> children() {
		return children;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CaseNode node && key.equals(node.key);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key);
	}

	@Override
	public String toString() {
		return name;
	}
}
