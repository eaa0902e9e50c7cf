"""Writes the positioning fixtures (fixtures/position/): absolute, fixed and relative boxes, insets
in px and percentages, static positions in block flow, overflow scroll containers, display: none."""
from fixturekit import div, fixture

G = 'position'
REL = 'position: relative; width: 200px; height: 100px;'


def box(w, h, extra=''):
    return div(f'width: {w}px; height: {h}px;{(" " + extra) if extra else ""}')


def ab(extra):
    return div(f'position: absolute; {extra}')


INSETS = {
    'top_left': 'top: 10px; left: 20px;',
    'top_right': 'top: 10px; right: 20px;',
    'bottom_left': 'bottom: 10px; left: 20px;',
    'bottom_right': 'bottom: 10px; right: 20px;',
    'percent_top_left': 'top: 10%; left: 20%;',
    'percent_bottom_right': 'bottom: 10%; right: 20%;',
    'negative_top_left': 'top: -10px; left: -20px;',
    'zero_all_sides_with_size': 'top: 0; left: 0; right: 0; bottom: 0;',
}
for n, ins in INSETS.items():
    fixture(G, f'absolute_in_block_with_{n}_insets', div(REL, box(30, 30, f'position: absolute; {ins}')))
    fixture(G, f'absolute_in_padded_block_with_{n}_insets_uses_padding_box', div(REL + ' padding: 10px; border: 5px solid black;', box(30, 30, f'position: absolute; {ins}')))

fixture(G, 'absolute_left_and_right_determine_width', div(REL, ab('left: 10px; right: 50px; height: 20px;')))
fixture(G, 'absolute_top_and_bottom_determine_height', div(REL, ab('top: 10px; bottom: 50px; width: 20px;')))
fixture(G, 'absolute_all_insets_determine_size', div(REL, ab('inset: 10px 20px 30px 40px;')))
fixture(G, 'absolute_percent_insets_determine_size', div(REL, ab('inset: 10%;')))
fixture(G, 'absolute_width_overrides_right', div(REL, ab('left: 10px; right: 10px; width: 50px; height: 20px;')))
fixture(G, 'absolute_height_overrides_bottom', div(REL, ab('top: 10px; bottom: 10px; height: 30px; width: 20px;')))
fixture(G, 'absolute_auto_margins_centre_horizontally', div(REL, box(50, 20, 'position: absolute; left: 0; right: 0; margin: 0 auto;')))
fixture(G, 'absolute_auto_margins_centre_vertically', div(REL, box(50, 20, 'position: absolute; top: 0; bottom: 0; margin: auto 0;')))
fixture(G, 'absolute_auto_margins_centre_both_axes', div(REL, box(50, 20, 'position: absolute; inset: 0; margin: auto;')))
fixture(G, 'absolute_left_auto_margin_pushes_right', div(REL, box(50, 20, 'position: absolute; left: 0; right: 0; margin-left: auto;')))
fixture(G, 'absolute_margins_offset_box_from_insets', div(REL, box(30, 30, 'position: absolute; top: 5px; left: 5px; margin: 10px 0 0 15px;')))
fixture(G, 'absolute_percent_size_of_padding_box', div(REL + ' padding: 20px;', ab('width: 50%; height: 25%;')))
fixture(G, 'absolute_percent_margin_of_padding_box_width', div(REL, box(30, 30, 'position: absolute; top: 0; left: 0; margin-left: 10%; margin-top: 10%;')))
fixture(G, 'absolute_shrink_to_fit_width_from_children', div(REL, div('position: absolute; top: 0; left: 0;', box(70, 20))))
fixture(G, 'absolute_shrink_to_fit_uses_widest_child', div(REL, div('position: absolute; top: 0; left: 0;', box(60, 20), box(90, 20))))
fixture(G, 'absolute_shrink_to_fit_with_padding', div(REL, div('position: absolute; top: 0; left: 0; padding: 10px;', box(60, 20))))
fixture(G, 'absolute_with_min_width_and_insets', div(REL, ab('left: 80px; right: 80px; min-width: 70px; height: 20px;')))
fixture(G, 'absolute_with_max_height_and_insets', div(REL, ab('top: 0; bottom: 0; max-height: 40px; width: 20px;')))
fixture(G, 'absolute_static_position_in_block_flow', div(REL, box(50, 30), box(30, 30, 'position: absolute;'), box(50, 20)))
fixture(G, 'absolute_static_position_only_horizontal_inset', div(REL, box(50, 30), box(30, 30, 'position: absolute; left: 40px;')))
fixture(G, 'absolute_static_position_only_vertical_inset', div(REL + ' padding-left: 15px;', box(30, 30, 'position: absolute; top: 40px;')))
fixture(G, 'absolute_does_not_affect_sibling_layout', div(REL, box(50, 30), box(200, 200, 'position: absolute; top: 0; left: 0;'), box(50, 20)))
fixture(G, 'absolute_does_not_affect_parent_auto_height', div('position: relative; width: 200px;', box(50, 30), box(50, 200, 'position: absolute;')))
fixture(G, 'absolute_children_are_laid_out_inside', div(REL, div('position: absolute; top: 10px; left: 10px; width: 100px;', div('height: 20px;'), div('height: 30px; margin: 0 10px;'))))
fixture(G, 'absolute_flex_container_sizes_to_content', div(REL, div('position: absolute; display: flex; top: 0; left: 0;', box(30, 20), box(40, 30))))
fixture(G, 'absolute_nested_inside_absolute', div(REL, div('position: absolute; top: 10px; left: 10px; width: 100px; height: 60px;', box(20, 20, 'position: absolute; right: 5px; bottom: 5px;'))))
fixture(G, 'absolute_aspect_ratio_height_from_width', div(REL, ab('top: 0; left: 0; width: 80px; aspect-ratio: 2;')))
fixture(G, 'absolute_aspect_ratio_width_from_height', div(REL, ab('top: 0; left: 0; height: 40px; aspect-ratio: 2;')))
fixture(G, 'absolute_aspect_ratio_fill_height_from_inset', div(REL, ab('top: 10px; bottom: 10px; left: 0; aspect-ratio: 1.5;')))
fixture(G, 'absolute_box_sizing_border_box', div(REL, box(50, 30, 'position: absolute; top: 0; left: 0; padding: 10px; box-sizing: border-box;')))
fixture(G, 'absolute_content_box_adds_padding', div(REL, box(50, 30, 'position: absolute; top: 0; left: 0; padding: 10px;')))
fixture(G, 'absolute_extends_scrollable_overflow', div('position: relative; width: 200px; height: 100px; overflow: scroll;', box(50, 50, 'position: absolute; top: 150px; left: 250px;')))

# --- fixed ---------------------------------------------------------------------------------------
fixture(G, 'fixed_top_left_is_relative_to_viewport', div('width: 200px; padding-top: 30px;', div('margin-left: 50px;', box(40, 40, 'position: fixed; top: 10px; left: 20px;'))))
fixture(G, 'fixed_bottom_right_is_relative_to_viewport', div('width: 200px;', box(40, 40, 'position: fixed; bottom: 10px; right: 20px;')))
fixture(G, 'fixed_percent_size_of_viewport', div('width: 200px;', div('position: fixed; top: 0; left: 0; width: 50%; height: 10%;')))
fixture(G, 'fixed_insets_stretch_to_viewport', div('width: 200px;', div('position: fixed; inset: 0;')))
fixture(G, 'fixed_ignores_positioned_ancestor', div(REL + ' margin: 20px;', box(30, 30, 'position: fixed; top: 0; left: 0;')))

# --- relative ------------------------------------------------------------------------------------
for n, ins in {'top_left': 'top: 10px; left: 20px;', 'bottom_right': 'bottom: 10px; right: 20px;',
               'percent': 'top: 10%; left: 10%;', 'negative': 'top: -5px; left: -15px;',
               'left_wins_over_right': 'left: 10px; right: 50px;', 'top_wins_over_bottom': 'top: 10px; bottom: 50px;'}.items():
    fixture(G, f'relative_offset_{n}', div('width: 200px; height: 100px;', box(50, 30), box(50, 30, f'position: relative; {ins}'), box(50, 30)))
fixture(G, 'relative_parent_moves_children_with_it', div('width: 200px;', div('position: relative; top: 20px; left: 20px;', box(50, 30), box(50, 30))))
fixture(G, 'relative_is_containing_block_for_absolute', div('width: 200px;', box(10, 40), div('position: relative; height: 50px; margin-left: 30px;', box(20, 20, 'position: absolute; bottom: 0; right: 0;'))))

# --- z-index, overflow, display none -------------------------------------------------------------
fixture(G, 'z_index_does_not_change_layout', div(REL, box(30, 30, 'position: absolute; top: 0; left: 0; z-index: 5;'), box(30, 30, 'position: relative; z-index: -1;')))
fixture(G, 'overflow_scroll_content_size_from_tall_child', div('width: 200px;', div('overflow: scroll; height: 100px;', box(50, 300))))
fixture(G, 'overflow_scroll_content_size_from_wide_child', div('width: 200px;', div('overflow: scroll; height: 100px;', box(400, 50))))
fixture(G, 'overflow_scroll_content_size_includes_padding', div('width: 200px;', div('overflow: scroll; height: 100px; padding: 20px;', box(50, 300))))
fixture(G, 'overflow_scroll_content_size_at_least_client_size', div('width: 200px;', div('overflow: scroll; height: 100px;', box(50, 20))))
fixture(G, 'overflow_hidden_content_size_from_relative_child', div('width: 200px;', div('overflow: hidden; height: 100px;', box(50, 50, 'position: relative; top: 80px;'))))
fixture(G, 'overflow_scroll_nested_scroller_does_not_leak', div('width: 200px;', div('overflow: scroll; height: 100px;', div('overflow: scroll; height: 50px;', box(50, 500)))))
fixture(G, 'display_none_absolute_takes_no_space', div(REL, box(30, 30, 'position: absolute; top: 0; left: 0; display: none;'), box(30, 30)))
fixture(G, 'display_none_subtree_boxes_are_empty', div('width: 200px;', div('display: none;', box(30, 30, 'position: absolute;'), box(30, 30)), box(20, 20)))

# --- containing block is the nearest positioned ancestor -----------------------------------------
fixture(G, 'absolute_in_static_parent_uses_positioned_grandparent', div(REL, div('margin: 20px; height: 40px;', box(30, 30, 'position: absolute; bottom: 0; right: 0;'))))
fixture(G, 'absolute_without_positioned_ancestor_uses_initial_containing_block', div('width: 200px; height: 100px; margin-top: 10px;', box(30, 30, 'position: absolute; bottom: 0; right: 0;')))
fixture(G, 'absolute_percent_width_in_static_parent_resolves_against_grandparent', div(REL, div('width: 100px; height: 40px;', div('position: absolute; top: 0; left: 0; width: 50%; height: 10px;'))))
fixture(G, 'absolute_with_auto_insets_in_static_parent_keeps_static_position', div(REL, div('margin: 20px; height: 40px;', box(30, 30, 'position: absolute;'))))
fixture(G, 'absolute_in_static_flex_parent_uses_positioned_grandparent', div(REL, div('display: flex; margin: 10px; height: 50px;', box(30, 30, 'position: absolute; top: 0; right: 0;'))))
fixture(G, 'absolute_in_static_centred_flex_parent_keeps_centred_static_position', div(REL, div('display: flex; justify-content: center; align-items: center; width: 120px; height: 60px;', box(30, 30, 'position: absolute;'))))
fixture(G, 'absolute_in_static_inline_block_uses_positioned_grandparent', div(REL + ' font-size: 0;', div('display: inline-block; width: 50px; height: 30px; margin-left: 40px;', box(10, 10, 'position: absolute; bottom: 0; left: 0;'))))
