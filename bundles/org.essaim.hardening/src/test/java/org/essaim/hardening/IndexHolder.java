/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.essaim.index.EssaimIndex;

/**
 * Another Essaim process (the workbench, say) holding a workspace's index open: it updates the index, says
 * "prêt", and closes it when a line arrives on its input. Usage: {@code IndexHolder <workspace> <index>}.
 */
public final class IndexHolder {

	private IndexHolder() {
	}

	public static void main(String[] args) throws Exception {
		try (EssaimIndex index = EssaimIndex.open(Path.of(args[0]), Path.of(args[1]))) {
			index.update();
			System.out.println("prêt");
			System.out.flush();
			new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		}
		System.out.println("fermé");
	}
}
