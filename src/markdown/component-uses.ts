/**
 * The editors' components a body uses (src/model/editor-components.ts), read from its MDX tree:
 * for the graph (which statements a page embeds, which citations an assessment gives) and for
 * the page (whether its body is compiled as MDX). The content check says what is wrong with a
 * use; here every element with a known name counts, as written.
 */
import type { Node } from 'unist';
import { isEditorComponent, type ComponentUse } from '../model/editor-components.ts';
import { parseMdxBody } from './source-paragraphs.ts';

/** An MDX element node, as the MDX parser gives it. */
export interface JsxElement extends Node {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Node[];
}

export function isJsxElement(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Whether a body may use a component at all: only an element can (cheap test before parsing). */
export function mayUseComponents(body: string): boolean {
  return /<[A-Z]/.test(body);
}

/** A literal attribute's value; undefined for an expression (`id={x}`) or a bare attribute. */
export function literalValue(attribute: JsxElement['attributes'][number]): string | undefined {
  return typeof attribute.value === 'string' ? attribute.value : undefined;
}

/** Every use of an editors' component in `body`, in document order; none if the body does not parse. */
export function componentUses(body: string): ComponentUse[] {
  if (!mayUseComponents(body)) return [];
  let tree: Node;
  try {
    tree = parseMdxBody(body);
  } catch {
    return [];
  }
  const uses: ComponentUse[] = [];
  const visit = (node: Node) => {
    if (isJsxElement(node) && isEditorComponent(node.name)) {
      const attributes: Record<string, string> = {};
      for (const attribute of node.attributes) {
        const value = attribute.type === 'mdxJsxAttribute' && attribute.name ? literalValue(attribute) : undefined;
        if (value !== undefined) attributes[attribute.name!] = value;
      }
      uses.push({ name: node.name, attributes, line: node.position?.start.line ?? 1 });
    }
    for (const child of (node as { children?: Node[] }).children ?? []) visit(child);
  };
  visit(tree);
  return uses;
}
